package org.openv2v.forecast.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openv2v.charts.ReportTemplates;
import org.openv2v.forecast.backtest.Backtest;
import org.openv2v.forecast.backtest.BacktestRecords;
import org.openv2v.forecast.backtest.BacktestSummary;
import org.openv2v.forecast.backtest.CalibrationPlot;
import org.openv2v.shared.cli.CommandLines;
import org.openv2v.simulation.network.BuiltInScenarios;
import org.openv2v.simulation.reference.ReferenceVocabulary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar openv2v.jar forecast backtest --records FILE --out DIR}: replays the records a
 * platform exported ({@code GET /api/v1/forecasts/backtest/records}) without the platform, and
 * writes the scores (summary.json), each scored forecast (forecasts.csv) and a report with the
 * calibration plot (report.html). Exit 0 when written, 1 when a file cannot be read or written, 2
 * for a usage mistake.
 */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = "The live forecast's tools.",
    subcommands = {ForecastCommand.BacktestCommand.class})
public final class ForecastCommand {

  /** The model version of the platform's forecast (Forecasts.MODEL_VERSION). */
  static final String MODEL_VERSION = "forecast-1/korea-2023";

  /** The scenario whose pathway and hazards fill what the records do not give. */
  static final String SCENARIO = "korea-2023";

  private ForecastCommand() {}

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    CommandLine line = CommandLines.of(new ForecastCommand(), new Factory(out));
    line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    line.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("forecast backtest: " + message(e));
          return e instanceof IOException || e instanceof JacksonException ? 1 : 2;
        });
    if (args.isEmpty()) {
      line.usage(err);
      return 2;
    }
    return line.execute(args.toArray(String[]::new));
  }

  private static String message(Exception e) {
    if (e instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (e instanceof JacksonException j) {
      return "not a backtest records file: " + j.getOriginalMessage();
    }
    return e.getMessage();
  }

  /** Gives the subcommand the stream it prints its summary to. */
  private record Factory(PrintStream out) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == BacktestCommand.class) {
        return type.cast(new BacktestCommand(out));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  @Command(
      name = "backtest",
      mixinStandardHelpOptions = true,
      description =
          "Replays a recorded period and scores the forecasts that would have been made against"
              + " what happened (docs/forecast.md).")
  static final class BacktestCommand implements Callable<Integer> {

    @Option(
        names = "--records",
        required = true,
        description = "the file GET /api/v1/forecasts/backtest/records wrote")
    Path records;

    @Option(
        names = "--from",
        description = "first day replayed (default: a year before the records)")
    LocalDate from;

    @Option(
        names = "--to",
        description = "last day replayed (default: the day the records were read)")
    LocalDate to;

    @Option(
        names = "--step",
        defaultValue = "7",
        description = "days between replayed days (default 7)")
    int step;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default 1)")
    long seed;

    @Option(
        names = "--replications",
        defaultValue = "400",
        description = "simulated futures per day (default 400, as the platform)")
    int replications;

    @Option(
        names = "--within",
        defaultValue = "90",
        description = "scored window in days (default 90)")
    int within;

    @Option(names = "--out", required = true, description = "directory for the results")
    Path out;

    @Option(names = "--lang", defaultValue = "en", description = "report language: en or ko")
    String language;

    @Spec CommandLine.Model.CommandSpec spec;

    private final PrintStream stdout;

    BacktestCommand(PrintStream stdout) {
      this.stdout = stdout;
    }

    @Override
    public Integer call() throws IOException {
      if (!language.equals("en") && !language.equals("ko")) {
        throw usage("--lang must be en or ko, was " + language);
      }
      if (step < 1 || step > 91) {
        throw usage("--step must be 1..91 days");
      }
      if (replications < 1 || replications > 10_000) {
        throw usage("--replications must be 1..10000");
      }
      if (within < 1 || within > 546) {
        throw usage("--within must be 1..546 days");
      }
      JsonMapper json = JsonMapper.shared();
      BacktestRecords read = json.readValue(Files.readString(records), BacktestRecords.class);
      ZoneId zone = ZoneId.of(read.zone());
      LocalDate observed = read.observedAt().atZone(zone).toLocalDate();
      LocalDate last = to == null ? observed : to;
      LocalDate first = from == null ? last.minusDays(365) : from;
      if (last.isBefore(first)) {
        throw usage("--to is before --from");
      }
      if (first.plusDays(1096).isBefore(last)) {
        throw usage("the period is longer than 1096 days");
      }
      int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
      Backtest.Settings settings =
          new Backtest.Settings(first, last, step, seed, replications, threads, 78, within);
      Backtest.Result result =
          new Backtest(BuiltInScenarios.load(SCENARIO, ReferenceVocabulary.get()), zone)
              .run(read.histories(), read.capacity(), settings, read.observedAt());
      BacktestSummary summary = BacktestSummary.of(result, MODEL_VERSION);
      Files.createDirectories(out);
      Files.writeString(
          out.resolve("summary.json"),
          json.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n",
          StandardCharsets.UTF_8);
      ForecastsCsv.write(result, out.resolve("forecasts.csv"));
      Locale locale = Locale.forLanguageTag(language);
      // The plot's words come through the templates' own message source: one source, one bundle.
      ReportTemplates templates = ReportTemplates.withBundles();
      String html =
          templates.render(
              "forecast/backtest-report",
              locale,
              Map.of(
                  "result",
                  result,
                  "plot",
                  CalibrationPlot.of(
                      result, locale, (key, args) -> templates.message(key, args, key, locale))));
      Files.writeString(out.resolve("report.html"), html, StandardCharsets.UTF_8);
      stdout.printf(
          Locale.ROOT,
          "%d days replayed, %d forecasts; Brier (infused within %d days) %s over %d;"
              + " Brier (reached infusion) %s over %d; p10-p90 coverage %s of %d infused;"
              + " wrote %s%n",
          result.daysReplayed(),
          result.forecasts().size(),
          within,
          figure(result.within().brier(), "%.3f"),
          result.within().scored(),
          figure(result.reached().brier(), "%.3f"),
          result.reached().scored(),
          figure(100 * result.coverage().share(), "%.0f%%"),
          result.coverage().infused(),
          out.resolve("report.html"));
      return 0;
    }

    private static String figure(double x, String format) {
      return Double.isFinite(x) ? String.format(Locale.ROOT, format, x) : "-";
    }

    private CommandLine.ParameterException usage(String message) {
      return new CommandLine.ParameterException(spec.commandLine(), message);
    }
  }
}
