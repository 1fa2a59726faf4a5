package org.openv2v.economics.internal;

import jakarta.annotation.PreDestroy;
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
import org.openv2v.economics.report.ReportPage;
import org.openv2v.economics.report.SummaryDocument;
import org.openv2v.economics.scenario.Analysis;
import org.openv2v.economics.scenario.BuiltInModels;
import org.openv2v.economics.scenario.ModelLoadException;
import org.openv2v.economics.scenario.ModelSource;
import org.openv2v.economics.scenario.ModelSpec;
import org.openv2v.economics.scenario.Scenario;
import org.openv2v.shared.Refusal;
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
    forgetOld();
    runs.put(run.id(), run);
    try {
      executor.execute(() -> execute(run, scenario));
    } catch (RejectedExecutionException e) {
      runs.remove(run.id());
      throw new Refusal(
              Refusal.Kind.CONFLICT, "too many economic runs waiting; try again when one finishes")
          .withWords("refusal.economics.busy");
    }
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
