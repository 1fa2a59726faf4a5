package org.openv2v.economics.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openv2v.economics.report.AccessValueDocument;
import org.openv2v.economics.report.AccessValueReport;
import org.openv2v.economics.report.ReportPage;
import org.openv2v.economics.report.SummaryDocument;
import org.openv2v.economics.scenario.AccessValue;
import org.openv2v.economics.scenario.Analysis;
import org.openv2v.economics.scenario.BuiltInModels;
import org.openv2v.economics.scenario.ModelLoadException;
import org.openv2v.economics.scenario.ModelSource;
import org.openv2v.economics.scenario.ModelSpec;
import org.openv2v.economics.scenario.Scenario;
import org.openv2v.economics.scenario.SimulationSummary;
import org.openv2v.shared.Refusal;
import org.openv2v.simulation.AccessDelay;
import org.springframework.stereotype.Service;

/**
 * Economic model runs started over the API: validated when submitted, run one at a time in the
 * background (a PSA uses all cores), kept in memory (the most recent {@value #KEPT}); they hold no
 * patient data.
 */
@Service
public class EconomicsRuns {

  static final int KEPT = 50;

  private final Map<UUID, EconomicsRun> runs = new ConcurrentHashMap<>();
  private final ThreadPoolExecutor executor =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(8),
          r -> {
            Thread t = new Thread(r, "economics-run");
            t.setDaemon(true);
            return t;
          });

  /** Validates and queues a run of a built-in model or a model file's text. */
  public EconomicsRun start(Optional<String> model, Optional<String> yaml, int psa, long seed) {
    if (model.isPresent() == yaml.isPresent()) {
      throw Refusal.invalidField(
              "model", "give either a built-in model name or a model's YAML, not both or neither")
          .withWords("refusal.economics.modelOrYaml");
    }
    Scenario scenario;
    if (model.isPresent()) {
      if (!BuiltInModels.NAMES.contains(model.get())) {
        throw Refusal.invalidField(
                "model", "no built-in model " + model.get() + "; known: " + BuiltInModels.NAMES)
            .withWords("refusal.economics.unknownModel", model.get(), BuiltInModels.NAMES);
      }
      scenario = ModelSource.open(model.get(), Optional.empty());
    } else {
      try {
        scenario = ModelSource.fromText(yaml.get(), "model");
      } catch (ModelLoadException e) {
        throw Refusal.invalidField("yaml", e.getMessage())
            .withWords("refusal.economics.yaml", e.getMessage());
      }
    }
    EconomicsRun run = new EconomicsRun(UUID.randomUUID(), scenario.spec().name(), psa, seed);
    queue(run, () -> execute(run, scenario));
    return run;
  }

  private void queue(EconomicsRun run, Runnable work) {
    forgetOld();
    runs.put(run.id(), run);
    try {
      executor.execute(work);
    } catch (RejectedExecutionException e) {
      runs.remove(run.id());
      throw new Refusal(
              Refusal.Kind.CONFLICT, "too many economic runs waiting; try again when one finishes")
          .withWords("refusal.economics.busy");
    }
  }

  /** The delays of the "value of faster access" sweep started from the planning pages. */
  public static final List<Double> ACCESS_DELAYS = List.of(0.0, 15.0, 30.0, 60.0, 90.0);

  static final double ACCESS_YEARS = 5;
  static final int ACCESS_REPLICATIONS = 10;

  /**
   * Validates and queues a "value of faster access" sweep (issue 12 item 7): a built-in model with
   * an intention-to-treat block, through a built-in simulator scenario, at {@link #ACCESS_DELAYS}
   * with the command line's default simulation (5 years, 10 replications).
   */
  public EconomicsRun startAccessValue(String model, String scenario, int psa, long seed) {
    if (!BuiltInModels.NAMES.contains(model)) {
      throw Refusal.invalidField(
              "model", "no built-in model " + model + "; known: " + BuiltInModels.NAMES)
          .withWords("refusal.economics.unknownModel", model, BuiltInModels.NAMES);
    }
    ModelSpec spec = BuiltInModels.load(model);
    if (spec.itt().isEmpty()) {
      throw Refusal.invalidField(
              "model",
              "model " + model + " has no intentionToTreat block: nothing depends on a delay")
          .withWords("refusal.economics.noIntentionToTreat", model);
    }
    if (!AccessDelay.builtInScenarios().contains(scenario)) {
      throw Refusal.invalidField(
              "scenario",
              "no built-in scenario " + scenario + "; known: " + AccessDelay.builtInScenarios())
          .withWords("refusal.economics.unknownScenario", scenario, AccessDelay.builtInScenarios());
    }
    EconomicsRun run = new EconomicsRun(UUID.randomUUID(), model + " · " + scenario, psa, seed);
    queue(run, () -> executeAccessValue(run, spec, scenario));
    return run;
  }

  public EconomicsRun get(UUID id) {
    EconomicsRun run = runs.get(id);
    if (run == null) {
      throw Refusal.notFound("no economic run " + id).withWords("refusal.economics.notFound", id);
    }
    return run;
  }

  public List<ModelSpec> models() {
    return BuiltInModels.NAMES.stream().map(BuiltInModels::load).toList();
  }

  /** The built-in models whose results depend on the wait (an intentionToTreat block). */
  public List<ModelSpec> accessModels() {
    return models().stream().filter(m -> m.itt().isPresent()).toList();
  }

  /** The simulator's built-in scenarios, for the sweep through the access simulator. */
  public List<String> scenarios() {
    return AccessDelay.builtInScenarios();
  }

  private void execute(EconomicsRun run, Scenario scenario) {
    run.running();
    try {
      Analysis analysis = Analysis.run(scenario, run.psa(), run.seed(), run::progress);
      run.done(
          SummaryDocument.of(analysis),
          Map.of(
              "en", ReportPage.render(analysis, Locale.ENGLISH),
              "ko", ReportPage.render(analysis, Locale.KOREAN)));
    } catch (RuntimeException e) {
      run.failed("the model cannot be evaluated: " + e.getMessage());
    }
  }

  private void executeAccessValue(EconomicsRun run, ModelSpec spec, String scenario) {
    run.running();
    Path dir = null;
    try {
      Path work = Files.createTempDirectory("openv2v-access-value");
      dir = work;
      int[] done = {0};
      List<AccessValue.Row> rows =
          AccessValue.sweep(
              spec,
              ACCESS_DELAYS,
              delay -> {
                Path at = work.resolve("delay-" + (long) delay);
                AccessDelay.writeRun(
                    scenario, delay, ACCESS_YEARS, ACCESS_REPLICATIONS, run.seed(), at);
                run.progress(++done[0] / (ACCESS_DELAYS.size() + 1.0));
                return Optional.of(SimulationSummary.read(at));
              },
              run.psa(),
              run.seed());
      AccessValueReport.Run result =
          new AccessValueReport.Run(
              spec, scenario, rows, run.psa(), run.seed(), ACCESS_YEARS, ACCESS_REPLICATIONS);
      run.done(
          AccessValueDocument.of(result),
          Map.of(
              "en", AccessValueReport.render(result, Locale.ENGLISH),
              "ko", AccessValueReport.render(result, Locale.KOREAN)));
    } catch (IOException | RuntimeException e) {
      run.failed("the analysis cannot be run: " + e.getMessage());
    } finally {
      delete(dir);
    }
  }

  /** The simulations' files are only the sweep's inputs: nothing is kept on disk. */
  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory the system cleans anyway.
    }
  }

  private void forgetOld() {
    if (runs.size() < KEPT) {
      return;
    }
    runs.values().stream()
        .filter(EconomicsRun::finished)
        .min(Comparator.comparing(EconomicsRun::submittedAt))
        .ifPresent(oldest -> runs.remove(oldest.id()));
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
