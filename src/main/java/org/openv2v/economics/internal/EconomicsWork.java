package org.openv2v.economics.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.openv2v.economics.report.AccessValueDocument;
import org.openv2v.economics.report.AccessValueReport;
import org.openv2v.economics.report.AccessValueTable;
import org.openv2v.economics.report.ReportPage;
import org.openv2v.economics.report.SummaryDocument;
import org.openv2v.economics.scenario.AccessValue;
import org.openv2v.economics.scenario.Analysis;
import org.openv2v.economics.scenario.BuiltInModels;
import org.openv2v.economics.scenario.ModelSource;
import org.openv2v.economics.scenario.ModelSpec;
import org.openv2v.economics.scenario.Scenario;
import org.openv2v.economics.scenario.SimulationSummary;
import org.openv2v.jobs.JobRun;
import org.openv2v.jobs.RunProgress;
import org.openv2v.jobs.RunResult;
import org.openv2v.jobs.RunWork;
import org.openv2v.simulation.AccessDelay;
import org.springframework.stereotype.Component;

/**
 * One economic run on the node the registry picked: a model with its PSA, or the "value of faster
 * access" sweep through the access simulator. The summary, the report in English and Korean and the
 * sweep's table are stored for every node to serve.
 */
@Component
class EconomicsWork implements RunWork {

  static final String KIND = "economics";

  /** The stored request: a model run (a built-in model or a model's text) or a sweep. */
  record Parameters(
      String analysis, String model, String yaml, String scenario, int psa, long seed) {

    static final String MODEL = "model";
    static final String ACCESS_VALUE = "access-value";
  }

  /** The stored report's name in a language. */
  static String report(Locale locale) {
    return "report-" + locale.getLanguage() + ".html";
  }

  /** The stored name of the report's section alone, shown inside the run's page. */
  static String section(Locale locale) {
    return "section-" + locale.getLanguage() + ".html";
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int maxWaiting() {
    return 9; // the running one and eight behind it
  }

  @Override
  public int kept() {
    return EconomicsRuns.KEPT;
  }

  @Override
  public RunResult perform(JobRun run, RunProgress progress) throws IOException {
    Parameters p = run.parameters(Parameters.class);
    if (p.analysis().equals(Parameters.ACCESS_VALUE)) {
      return accessValue(p, progress);
    }
    Scenario scenario =
        p.model() != null
            ? ModelSource.open(p.model(), Optional.empty())
            : ModelSource.fromText(p.yaml(), "model");
    try {
      Analysis analysis = Analysis.run(scenario, p.psa(), p.seed(), progress::fraction);
      return RunResult.of(SummaryDocument.of(analysis))
          .with(report(Locale.ENGLISH), ReportPage.render(analysis, Locale.ENGLISH))
          .with(report(Locale.KOREAN), ReportPage.render(analysis, Locale.KOREAN))
          .with(section(Locale.ENGLISH), ReportPage.section(analysis, Locale.ENGLISH))
          .with(section(Locale.KOREAN), ReportPage.section(analysis, Locale.KOREAN));
    } catch (RuntimeException e) {
      throw new IllegalStateException("the model cannot be evaluated: " + e.getMessage(), e);
    }
  }

  private RunResult accessValue(Parameters p, RunProgress progress) throws IOException {
    ModelSpec spec = BuiltInModels.load(p.model());
    List<Double> delays = EconomicsRuns.ACCESS_DELAYS;
    Path work = Files.createTempDirectory("openv2v-access-value");
    try {
      int[] done = {0};
      List<AccessValue.Row> rows =
          AccessValue.sweep(
              spec,
              delays,
              delay -> {
                Path at = work.resolve("delay-" + (long) delay);
                AccessDelay.writeRun(
                    p.scenario(),
                    delay,
                    EconomicsRuns.ACCESS_YEARS,
                    EconomicsRuns.ACCESS_REPLICATIONS,
                    p.seed(),
                    at);
                progress.fraction(++done[0] / (delays.size() + 1.0));
                return Optional.of(SimulationSummary.read(at));
              },
              p.psa(),
              p.seed());
      AccessValueReport.Run result =
          new AccessValueReport.Run(
              spec,
              p.scenario(),
              rows,
              p.psa(),
              p.seed(),
              EconomicsRuns.ACCESS_YEARS,
              EconomicsRuns.ACCESS_REPLICATIONS);
      return RunResult.of(AccessValueDocument.of(result))
          .with(report(Locale.ENGLISH), AccessValueReport.render(result, Locale.ENGLISH))
          .with(report(Locale.KOREAN), AccessValueReport.render(result, Locale.KOREAN))
          .with(section(Locale.ENGLISH), AccessValueReport.section(result, Locale.ENGLISH))
          .with(section(Locale.KOREAN), AccessValueReport.section(result, Locale.KOREAN))
          .with("access-value.csv", AccessValueTable.csv(rows));
    } catch (RuntimeException e) {
      throw new IllegalStateException("the analysis cannot be run: " + e.getMessage(), e);
    } finally {
      delete(work);
    }
  }

  /** The simulations' files are only the sweep's inputs: nothing is kept on disk. */
  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory the system cleans anyway.
    }
  }
}
