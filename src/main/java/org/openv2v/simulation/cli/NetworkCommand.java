package org.openv2v.simulation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.openv2v.shared.cli.Meanwhile;
import org.openv2v.shared.cli.Progress;
import org.openv2v.shared.cli.YamlWarmUp;
import org.openv2v.simulation.network.BuiltInScenarios;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.network.NetworkSummary;
import org.openv2v.simulation.network.ScenarioException;
import org.openv2v.simulation.network.Variation;
import org.openv2v.simulation.network.Vocabulary;
import org.openv2v.simulation.output.Json;
import org.openv2v.simulation.output.PatientsCsv;
import org.openv2v.simulation.output.RunFiles;
import org.openv2v.simulation.output.SimulationReport;
import org.openv2v.simulation.output.SummaryFiles;
import org.openv2v.simulation.reference.ReferenceVocabulary;

/**
 * {@code simulate network}: runs one or more scenarios (or one scenario across a swept parameter)
 * and writes summary.json and report.html to the output directory (see docs/simulation.md for the
 * layout).
 */
final class NetworkCommand {

  /** The options {@link #run} reads; it checks what picocli cannot. */
  private static final GivenOptions.Names OPTIONS =
      GivenOptions.Names.of(
          List.of("--years"), List.of(), List.of("--scenario", "--out", "--vary", "--lang"));

  private NetworkCommand() {}

  static int listScenarios(PrintStream out) {
    for (String name : BuiltInScenarios.NAMES) {
      out.println(name);
    }
    return 0;
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    // Read on another core while picocli reads the command line (issue 17): the products and
    // sites every scenario is checked against, a tenth of a second of JSON before the first
    // replication.
    Supplier<Vocabulary> vocabulary = Meanwhile.start("reference-data", ReferenceVocabulary::get);
    YamlWarmUp.start();
    GivenOptions options = SimulateOptions.read(OPTIONS, args);
    String scenarioNames = SimulateOptions.required("--scenario", options.text("--scenario"));
    double years = SimulateOptions.required("--years", options.decimal("--years"));
    if (!(years > 0 && years <= 200)) {
      throw new UsageError("--years must be > 0 and at most 200");
    }
    int replications = options.replications(1, 1);
    long seed = options.seed();
    Path dir = Path.of(SimulateOptions.required("--out", options.text("--out")));
    int threads = options.threads();
    String lang = Objects.requireNonNullElse(options.text("--lang"), "en");
    if (!lang.equals("en") && !lang.equals("ko")) {
      throw new UsageError("--lang must be en or ko");
    }
    Locale locale = lang.equals("ko") ? Locale.KOREAN : Locale.ENGLISH;
    Variation variation;
    try {
      String vary = options.text("--vary");
      variation = vary == null ? null : Variation.parse(vary);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }

    SimulationReport.prepare(locale);
    List<NetworkScenario> scenarios = new ArrayList<>();
    try {
      for (String name : scenarioNames.split(",")) {
        scenarios.add(BuiltInScenarios.nameOrFile(name.trim(), vocabulary.get()));
      }
    } catch (ScenarioException e) {
      err.println("simulate: " + e.getMessage());
      return 2;
    }
    if (variation != null) {
      if (scenarios.size() != 1) {
        throw new UsageError("--vary sweeps one scenario; give a single --scenario");
      }
      List<NetworkScenario> swept = new ArrayList<>();
      try {
        for (double value : variation.values()) {
          swept.add(variation.apply(scenarios.get(0), value));
        }
      } catch (IllegalArgumentException e) {
        throw new UsageError("--vary: " + e.getMessage());
      }
      scenarios = swept;
    }

    long started = System.nanoTime();
    boolean single = scenarios.size() == 1 && variation == null;
    List<NetworkSummary> summaries = new ArrayList<>();
    try {
      for (NetworkScenario scenario : scenarios) {
        IntConsumer progress = Progress.on(err, replications, scenario.name());
        Path runDir = single ? dir : dir.resolve(slug(scenario.name()));
        NetworkSummary summary =
            RunFiles.simulate(runDir, scenario, years, replications, seed, threads, progress);
        summaries.add(summary);
        writeRun(runDir, scenario, summary, locale);
      }
      write(dir, summaries, variation, out, locale);
    } catch (IOException e) {
      err.println("simulate: cannot write to " + dir + ": " + e.getMessage());
      return 1;
    }
    double wallSeconds = (System.nanoTime() - started) / 1e9;
    long events = summaries.stream().mapToLong(NetworkSummary::events).sum();
    out.printf(
        "simulated %d scenario(s) x %d replications x %s years: %d events in %.1f s%n",
        summaries.size(), replications, Json.number(years), events, wallSeconds);
    return 0;
  }

  private static void write(
      Path dir, List<NetworkSummary> summaries, Variation variation, PrintStream out, Locale locale)
      throws IOException {
    Files.createDirectories(dir);
    if (summaries.size() == 1 && variation == null) {
      out.println(
          "wrote "
              + dir.resolve("summary.json")
              + ", "
              + dir.resolve(PatientsCsv.FILE)
              + " and "
              + dir.resolve("report.html"));
      return;
    }
    if (variation != null) {
      Files.writeString(
          dir.resolve("sensitivity.json"),
          Json.write(SummaryFiles.sensitivityJson(variation, summaries)),
          StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("report.html"),
          SimulationReport.sensitivity(variation, summaries, locale),
          StandardCharsets.UTF_8);
      out.println(
          "wrote "
              + dir.resolve("sensitivity.json")
              + ", "
              + dir.resolve("report.html")
              + " and one folder per value");
    } else {
      Files.writeString(
          dir.resolve("comparison.json"),
          Json.write(SummaryFiles.comparisonJson(summaries)),
          StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("report.html"),
          SimulationReport.comparison(summaries, locale),
          StandardCharsets.UTF_8);
      out.println(
          "wrote "
              + dir.resolve("comparison.json")
              + ", "
              + dir.resolve("report.html")
              + " and one folder per scenario");
    }
  }

  private static void writeRun(
      Path dir, NetworkScenario scenario, NetworkSummary summary, Locale locale)
      throws IOException {
    // The report renders on a second core while summary.json is written.
    Supplier<String> report =
        Meanwhile.start("report", () -> SimulationReport.single(summary, scenario, locale));
    RunFiles.writeSummary(dir, summary);
    Files.writeString(dir.resolve("report.html"), report.get(), StandardCharsets.UTF_8);
  }

  static String slug(String name) {
    return name.replaceAll("[^A-Za-z0-9._=-]+", "_");
  }
}
