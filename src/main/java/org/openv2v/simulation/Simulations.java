package org.openv2v.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.jobs.JobRun;
import org.openv2v.jobs.JobRuns;
import org.openv2v.shared.Refusal;
import org.openv2v.simulation.internal.SimulationProperties;
import org.openv2v.simulation.network.BuiltInScenarios;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.reference.ReferenceVocabulary;
import org.springframework.stereotype.Service;

/**
 * Network simulations for planners, run in the background by the jobs module's registry: checked
 * when submitted, run once on one node, and kept in the database with their summary and reports so
 * that every node shows them, with progress, and a restart loses none (no patient data is involved,
 * so nothing is audited).
 */
@Service
@RequiredArgsConstructor
public class Simulations {

  private final SimulationProperties properties;
  private final JobRuns runs;

  public List<ScenarioInfo> scenarios() {
    List<ScenarioInfo> infos = new ArrayList<>();
    for (String name : BuiltInScenarios.NAMES) {
      NetworkScenario s = BuiltInScenarios.load(name, ReferenceVocabulary.get());
      infos.add(new ScenarioInfo(s.name(), s.description(), s.product()));
    }
    return infos;
  }

  /** Checks the request and queues it; refuses invalid requests and a full queue. */
  public SimulationStatus submit(NewSimulation request, String requestedBy) {
    if (request.scenario().isPresent() == request.yaml().isPresent()) {
      throw Refusal.invalidField("scenario", "give either a scenario name or a scenario's YAML")
          .withWords("refusal.simulation.scenarioOrYaml");
    }
    if (!(request.years() > 0 && request.years() <= properties.maxYears())) {
      throw Refusal.invalidField("years", "years must be > 0 and at most " + properties.maxYears())
          .withWords("refusal.simulation.years", properties.maxYears());
    }
    if (request.replications() < 1 || request.replications() > properties.maxReplications()) {
      throw Refusal.invalidField(
              "replications", "replications must be 1.." + properties.maxReplications())
          .withWords("refusal.simulation.replications", properties.maxReplications());
    }
    SimulationWork.Parameters parameters = SimulationWork.Parameters.of(request);
    NetworkScenario scenario = parameters.load();
    JobRun run =
        runs.submit(SimulationWork.KIND, scenario.name(), requestedBy, parameters)
            .orElseThrow(
                () ->
                    new Refusal(
                            Refusal.Kind.CONFLICT,
                            "Too many simulations are waiting; try again when one has finished.")
                        .withWords("refusal.simulation.busy"));
    return status(run);
  }

  public SimulationStatus status(UUID id) {
    return status(run(id));
  }

  /** Newest first. */
  public List<SimulationStatus> list() {
    return runs.list(SimulationWork.KIND, Math.max(1, properties.keptRuns())).stream()
        .map(Simulations::status)
        .toList();
  }

  /** The HTML report of a finished simulation. */
  public String report(UUID id) {
    return report(id, Locale.ENGLISH);
  }

  /** The HTML report of a finished simulation in the reader's language. */
  public String report(UUID id, Locale locale) {
    JobRun run = run(id);
    if (run.state() != JobRun.State.DONE) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "The simulation is " + run.state() + "; its report is not ready.")
          .withWords("refusal.simulation.notReady", run.state());
    }
    return runs.text(id, SimulationWork.report(locale))
        .or(() -> runs.text(id, SimulationWork.report(Locale.ENGLISH)))
        .orElseThrow();
  }

  /**
   * One part of a finished simulation's report for a page to show inside itself ({@code section} or
   * {@code v2vPlot}); empty for a run not done, or finished before the parts were kept.
   */
  public Optional<String> reportPart(UUID id, String part, Locale locale) {
    if (run(id).state() != JobRun.State.DONE) {
      return Optional.empty();
    }
    return runs.text(id, SimulationWork.reportPart(part, locale))
        .or(() -> runs.text(id, SimulationWork.reportPart(part, Locale.ENGLISH)));
  }

  private JobRun run(UUID id) {
    return runs.find(id)
        .filter(r -> r.kind().equals(SimulationWork.KIND))
        .orElseThrow(
            () ->
                Refusal.notFound("No simulation " + id)
                    .withWords("refusal.simulation.notFound", id));
  }

  private static SimulationStatus status(JobRun run) {
    SimulationWork.Parameters p = run.parameters(SimulationWork.Parameters.class);
    return new SimulationStatus(
        run.id(),
        run.label(),
        SimulationStatus.State.valueOf(run.state().name()),
        run.progress(),
        p.years(),
        p.replications(),
        p.seed(),
        run.requestedBy(),
        run.submittedAt(),
        run.finishedAt(),
        run.summaryMap(),
        run.error());
  }
}
