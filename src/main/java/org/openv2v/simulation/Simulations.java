package org.openv2v.simulation;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Network simulations run in the background for planners: one at a time on a bounded queue, each
 * using the configured threads, kept in memory with their reports (no patient data is involved, so
 * nothing is stored or audited).
 */
@Service
public class Simulations {

  private static final Logger log = LoggerFactory.getLogger(Simulations.class);

  private final SimulationProperties properties;
  private final Clock clock;
  private final ThreadPoolExecutor executor;
  private final Map<UUID, Run> runs = new ConcurrentHashMap<>();

  public Simulations(SimulationProperties properties) {
    this.properties = properties;
    this.clock = Clock.systemUTC();
    AtomicInteger number = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(Math.max(1, properties.queueCapacity())),
            task -> {
              Thread thread = new Thread(task, "simulation-" + number.incrementAndGet());
              thread.setDaemon(true);
              thread.setPriority(Thread.NORM_PRIORITY - 1);
              return thread;
            });
  }

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
    NetworkScenario scenario = scenario(request);
    Run run = new Run(UUID.randomUUID(), scenario, request, requestedBy, Instant.now(clock));
    runs.put(run.id, run);
    try {
      executor.execute(() -> execute(run));
    } catch (RejectedExecutionException e) {
      runs.remove(run.id);
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "Too many simulations are waiting; try again when one has finished.")
          .withWords("refusal.simulation.busy");
    }
    forgetOldRuns();
    return run.status();
  }

  public SimulationStatus status(UUID id) {
    return run(id).status();
  }

  /** Newest first. */
  public List<SimulationStatus> list() {
    return runs.values().stream()
        .sorted(Comparator.comparing((Run r) -> r.submittedAt).reversed())
        .map(Run::status)
        .toList();
  }

  /** The HTML report of a finished simulation. */
  public String report(UUID id) {
    return report(id, java.util.Locale.ENGLISH);
  }

  /** The HTML report of a finished simulation in the reader's language. */
  public String report(UUID id, java.util.Locale locale) {
    Run run = run(id);
    NetworkSummary summary = run.summary;
    if (summary == null) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "The simulation is " + run.state + "; its report is not ready.")
          .withWords("refusal.simulation.notReady", run.state);
    }
    return SimulationReport.single(summary, run.scenario, locale);
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  private NetworkScenario scenario(NewSimulation request) {
    try {
      if (request.scenario().isPresent()) {
        String name = request.scenario().get();
        if (!BuiltInScenarios.NAMES.contains(name)) {
          throw Refusal.invalidField(
                  "scenario",
                  "no built-in scenario named '"
                      + name
                      + "' (built in: "
                      + String.join(", ", BuiltInScenarios.NAMES)
                      + ")")
              .withWords(
                  "refusal.simulation.unknownScenario",
                  name,
                  String.join(", ", BuiltInScenarios.NAMES));
        }
        return BuiltInScenarios.load(name, ReferenceVocabulary.get());
      }
      return new ScenarioReader(ReferenceVocabulary.get())
          .read("scenario.yaml", request.yaml().get());
    } catch (ScenarioException e) {
      String field = e.field().isEmpty() ? "yaml" : "yaml." + e.field();
      throw Refusal.invalidField(field, e.getMessage())
          .withWords("refusal.simulation.yaml", e.getMessage());
    }
  }

  private void execute(Run run) {
    run.state = SimulationStatus.State.RUNNING;
    try {
      run.summary =
          NetworkExperiment.run(
              run.scenario,
              run.request.years(),
              run.request.replications(),
              run.request.seed(),
              properties.threads(),
              done -> run.finished.accumulateAndGet(done, Math::max));
      run.state = SimulationStatus.State.DONE;
    } catch (RuntimeException | OutOfMemoryError e) {
      log.warn("Simulation {} of {} failed", run.id, run.scenario.name(), e);
      run.error = "The simulation failed: " + e.getMessage();
      run.state = SimulationStatus.State.FAILED;
    } finally {
      run.finishedAt = Instant.now(clock);
    }
  }

  private Run run(UUID id) {
    Run run = runs.get(id);
    if (run == null) {
      throw Refusal.notFound("No simulation " + id).withWords("refusal.simulation.notFound", id);
    }
    return run;
  }

  private void forgetOldRuns() {
    List<Run> finished =
        runs.values().stream()
            .filter(r -> r.finishedAt != null)
            .sorted(Comparator.comparing((Run r) -> r.submittedAt))
            .toList();
    int excess = runs.size() - Math.max(1, properties.keptRuns());
    for (int i = 0; i < excess && i < finished.size(); i++) {
      runs.remove(finished.get(i).id);
    }
  }

  /** One simulation's mutable state, written by its worker and read by requests. */
  private static final class Run {
    final UUID id;
    final NetworkScenario scenario;
    final NewSimulation request;
    final String requestedBy;
    final Instant submittedAt;
    final AtomicInteger finished = new AtomicInteger();
    volatile SimulationStatus.State state = SimulationStatus.State.QUEUED;
    volatile NetworkSummary summary;
    volatile String error;
    volatile Instant finishedAt;

    Run(
        UUID id,
        NetworkScenario scenario,
        NewSimulation request,
        String requestedBy,
        Instant submittedAt) {
      this.id = id;
      this.scenario = scenario;
      this.request = request;
      this.requestedBy = requestedBy;
      this.submittedAt = submittedAt;
    }

    SimulationStatus status() {
      NetworkSummary done = summary;
      return new SimulationStatus(
          id,
          scenario.name(),
          state,
          (double) finished.get() / request.replications(),
          request.years(),
          request.replications(),
          request.seed(),
          requestedBy,
          submittedAt,
          Optional.ofNullable(finishedAt),
          Optional.ofNullable(done).map(s -> withoutNaN(s.toJson())),
          Optional.ofNullable(error));
    }
  }

  /** JSON has no NaN: an undefined figure (no patient infused) becomes null. */
  static Map<String, Object> withoutNaN(Map<String, Object> map) {
    Map<String, Object> clean = new LinkedHashMap<>();
    map.forEach((k, v) -> clean.put(k, clean(v)));
    return clean;
  }

  @SuppressWarnings("unchecked")
  private static Object clean(Object value) {
    if (value instanceof Double d && !Double.isFinite(d)) {
      return null;
    }
    if (value instanceof Map<?, ?> m) {
      return withoutNaN((Map<String, Object>) m);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Simulations::clean).toList();
    }
    return value;
  }
}
