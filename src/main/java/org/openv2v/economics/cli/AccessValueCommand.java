package org.openv2v.economics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openv2v.economics.report.AccessValueDocument;
import org.openv2v.economics.report.AccessValueReport;
import org.openv2v.economics.report.AccessValueTable;
import org.openv2v.economics.scenario.AccessValue;
import org.openv2v.economics.scenario.ModelLoadException;
import org.openv2v.economics.scenario.ModelSource;
import org.openv2v.economics.scenario.ModelSpec;
import org.openv2v.economics.scenario.SimulationSummary;
import org.openv2v.shared.cli.CommandLines;
import org.openv2v.simulation.AccessDelay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code economics access-value}: the value of faster access (issue 12 item 7). For each delay
 * before apheresis, runs the access simulator in-process (when a scenario is named) and the
 * economic model per referred patient (each simulated patient with their own wait), and writes
 * DIR/summary.json, DIR/access-value.csv, DIR/report.html and each delay's simulation (summary.json
 * and patients.csv) under DIR/simulations/.
 */
@Command(
    name = "economics access-value",
    description = "Value of faster access: LY, QALY and NMB per referred patient against a delay.",
    mixinStandardHelpOptions = true)
public final class AccessValueCommand implements Callable<Integer> {

  @Option(names = "--model", required = true, description = "a built-in model or a model file")
  String model;

  @Option(
      names = "--scenario",
      description =
          "an access-simulator scenario (built-in name or file); without it the model's"
              + " own wait is lengthened by each delay")
  String scenario;

  @Option(
      names = "--delays",
      split = ",",
      defaultValue = "0,15,30,60,90",
      description = "days added before apheresis (default ${DEFAULT-VALUE})")
  List<Double> delays;

  @Option(names = "--psa", defaultValue = "0", description = "PSA iterations per delay (0..100000)")
  int psa;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the simulator and the PSA")
  long seed;

  @Option(names = "--years", defaultValue = "5", description = "simulated years (default 5)")
  double years;

  @Option(
      names = "--replications",
      defaultValue = "10",
      description = "simulator replications per delay (default 10)")
  int replications;

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "language of report.html: en or ko (default en)")
  String lang;

  @Option(names = "--out", required = true, description = "output directory")
  Path out;

  private PrintStream stdout;
  private PrintStream stderr;

  static int run(List<String> args, PrintStream out, PrintStream err) {
    AccessValueCommand command = new AccessValueCommand();
    command.stdout = out;
    command.stderr = err;
    CommandLine line = CommandLines.of(command);
    line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    line.setParameterExceptionHandler(
        (e, a) -> {
          err.println("economics access-value: " + e.getMessage());
          e.getCommandLine().usage(err);
          return 2;
        });
    return line.execute(args.toArray(String[]::new));
  }

  @Override
  public Integer call() {
    if (!lang.equals("en") && !lang.equals("ko")) {
      return usage("--lang must be en or ko");
    }
    if (psa < 0 || psa > 100_000) {
      return usage("--psa must be 0..100000");
    }
    if (replications < 1 || replications > 1000 || !(years > 0 && years <= 200)) {
      return usage("--replications must be 1..1000 and --years in (0, 200]");
    }
    if (delays.isEmpty() || delays.stream().anyMatch(d -> !(d >= 0 && d <= 3650))) {
      return usage("--delays must be days between 0 and 3650");
    }
    ModelSpec spec;
    try {
      spec = ModelSource.open(model, Optional.empty()).spec();
    } catch (ModelLoadException | IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    try {
      Files.createDirectories(out);
      List<AccessValue.Row> rows = AccessValue.sweep(spec, delays, this::simulate, psa, seed);
      Files.writeString(
          out.resolve("summary.json"),
          JsonMapper.shared()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(AccessValueDocument.of(run(spec, rows))));
      writeCsv(rows);
      Files.writeString(
          out.resolve("report.html"),
          AccessValueReport.render(
              run(spec, rows), lang.equals("ko") ? Locale.KOREAN : Locale.ENGLISH),
          StandardCharsets.UTF_8);
      print(spec, rows);
      return 0;
    } catch (IOException | UncheckedIOException e) {
      stderr.println("economics access-value: cannot write to " + out + ": " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException | ArithmeticException e) {
      stderr.println("economics access-value: " + e.getMessage());
      return scenario != null && e.getMessage() != null && e.getMessage().contains("scenario")
          ? 2
          : 1;
    }
  }

  private AccessValueReport.Run run(ModelSpec spec, List<AccessValue.Row> rows) {
    return new AccessValueReport.Run(spec, scenario, rows, psa, seed, years, replications);
  }

  private int usage(String message) {
    stderr.println("economics access-value: " + message);
    return 2;
  }

  /** Runs the simulator for one delay and keeps its summary.json under DIR/simulations. */
  private Optional<SimulationSummary> simulate(double delay) {
    if (scenario == null) {
      return Optional.empty();
    }
    Path dir = out.resolve("simulations").resolve("delay-" + label(delay));
    // summary.json and patients.csv: the model evaluates each simulated patient's own wait.
    AccessDelay.writeRun(scenario, delay, years, replications, seed, dir);
    return Optional.of(SimulationSummary.read(dir));
  }

  private void writeCsv(List<AccessValue.Row> rows) throws IOException {
    Files.writeString(
        out.resolve("access-value.csv"), AccessValueTable.csv(rows), StandardCharsets.UTF_8);
  }

  private void print(ModelSpec spec, List<AccessValue.Row> rows) {
    stdout.printf(
        Locale.ROOT,
        "%-8s %-9s %-8s %-8s %-8s %s%n",
        "delay",
        "infused",
        "wait d",
        "LYs",
        "QALYs",
        "NMB per referred patient (" + spec.currency() + ")");
    for (AccessValue.Row r : rows) {
      stdout.printf(
          Locale.ROOT,
          "%-8.0f %-9.3f %-8.1f %-8.3f %-8.3f %,.0f%s%n",
          r.delayDays(),
          r.fractionInfused(),
          r.waitDays(),
          r.lys(),
          r.qalys(),
          r.netMonetaryBenefit(),
          r.nmbInterval().low().isPresent()
              ? String.format(
                  Locale.ROOT,
                  " (95%% %,.0f to %,.0f)",
                  r.nmbInterval().low().getAsDouble(),
                  r.nmbInterval().high().getAsDouble())
              : "");
    }
    stdout.println("Wrote " + out.resolve("summary.json") + ", access-value.csv and report.html");
  }

  private static String label(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
