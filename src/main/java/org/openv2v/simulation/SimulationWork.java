package org.openv2v.simulation;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.openv2v.jobs.JobRun;
import org.openv2v.jobs.RunProgress;
import org.openv2v.jobs.RunResult;
import org.openv2v.jobs.RunWork;
import org.openv2v.shared.Refusal;
import org.openv2v.simulation.internal.SimulationProperties;
import org.openv2v.simulation.network.BuiltInScenarios;
import org.openv2v.simulation.network.NetworkExperiment;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.network.NetworkSummary;
import org.openv2v.simulation.network.ScenarioException;
import org.openv2v.simulation.network.ScenarioReader;
import org.openv2v.simulation.output.SimulationReport;
import org.openv2v.simulation.reference.ReferenceVocabulary;
import org.springframework.stereotype.Component;

/**
 * One simulation run on the node the registry picked: the scenario read again from the stored
 * request, the replications counted as progress, and the summary and the report in English and
 * Korean stored for every node to serve.
 */
@Component
@RequiredArgsConstructor
class SimulationWork implements RunWork {

  static final String KIND = "simulation";

  /** The report's parts kept apart for the planning pages: the whole section, the V2V plot. */
  static final List<String> PARTS = List.of("section", "v2vPlot");

  /** The stored request: a built-in scenario's name or a scenario file's text (one of the two). */
  record Parameters(String scenario, String yaml, double years, int replications, long seed) {

    static Parameters of(NewSimulation request) {
      return new Parameters(
          request.scenario().orElse(null),
          request.yaml().orElse(null),
          request.years(),
          request.replications(),
          request.seed());
    }

    /** The scenario, refused with the reason when it is unknown or its file is wrong. */
    NetworkScenario load() {
      try {
        if (scenario != null) {
          if (!BuiltInScenarios.NAMES.contains(scenario)) {
            throw Refusal.invalidField(
                    "scenario",
                    "no built-in scenario named '"
                        + scenario
                        + "' (built in: "
                        + String.join(", ", BuiltInScenarios.NAMES)
                        + ")")
                .withWords(
                    "refusal.simulation.unknownScenario",
                    scenario,
                    String.join(", ", BuiltInScenarios.NAMES));
          }
          return BuiltInScenarios.load(scenario, ReferenceVocabulary.get());
        }
        return new ScenarioReader(ReferenceVocabulary.get()).read("scenario.yaml", yaml);
      } catch (ScenarioException e) {
        String field = e.field().isEmpty() ? "yaml" : "yaml." + e.field();
        throw Refusal.invalidField(field, e.getMessage())
            .withWords("refusal.simulation.yaml", e.getMessage());
      }
    }
  }

  private final SimulationProperties properties;

  /** The stored report's name in a language. */
  static String report(Locale locale) {
    return "report-" + locale.getLanguage() + ".html";
  }

  /** The stored name of one part of the report (see {@link SimulationReport#singlePart}). */
  static String reportPart(String part, Locale locale) {
    return part + "-" + locale.getLanguage() + ".html";
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int maxWaiting() {
    return Math.max(1, properties.queueCapacity()) + 1; // the running one and those behind it
  }

  @Override
  public int kept() {
    return Math.max(1, properties.keptRuns());
  }

  @Override
  public RunResult perform(JobRun run, RunProgress progress) {
    Parameters p = run.parameters(Parameters.class);
    NetworkScenario scenario = p.load();
    NetworkSummary summary;
    try {
      summary =
          NetworkExperiment.run(
              scenario,
              p.years(),
              p.replications(),
              p.seed(),
              properties.threads(),
              done -> progress.fraction((double) done / p.replications()));
    } catch (RuntimeException | OutOfMemoryError e) {
      throw new IllegalStateException("The simulation failed: " + e.getMessage(), e);
    }
    RunResult result = RunResult.of(summary.toJson());
    for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
      result = result.with(report(locale), SimulationReport.single(summary, scenario, locale));
      for (String part : PARTS) {
        result =
            result.with(
                reportPart(part, locale),
                SimulationReport.singlePart(summary, scenario, locale, part));
      }
    }
    return result;
  }
}
