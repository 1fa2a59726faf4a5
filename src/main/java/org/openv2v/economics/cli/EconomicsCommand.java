package org.openv2v.economics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.openv2v.economics.report.ReportPage;
import org.openv2v.economics.report.SummaryDocument;
import org.openv2v.economics.scenario.Analysis;
import org.openv2v.economics.scenario.BuiltInModels;
import org.openv2v.economics.scenario.ModelLoadException;
import org.openv2v.economics.scenario.ModelSource;
import org.openv2v.economics.scenario.Scenario;
import org.openv2v.economics.scenario.ScenarioResult;
import org.openv2v.shared.cli.CommandLines;
import org.openv2v.shared.cli.Meanwhile;
import org.openv2v.shared.cli.Progress;
import org.openv2v.shared.cli.YamlWarmUp;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar openv2v.jar economics --model NAME|FILE [--psa N] [--seed S] [--simulation DIR]
 * --out DIR}: runs a health-economic model without Spring and writes DIR/summary.json and
 * DIR/report.html. Exit 0 on success, 1 if the run fails, 2 for a usage or model-file mistake.
 */
public final class EconomicsCommand {

  static final String USAGE =
      """
      Usage: java -jar openv2v.jar economics --model NAME|FILE [--psa N] [--seed S] [--simulation DIR] [--lang en|ko] --out DIR
             java -jar openv2v.jar economics --list
             java -jar openv2v.jar economics --bench [N]   (PSA iterations per second, N default 5000)
             java -jar openv2v.jar economics access-value --model M [--scenario S] [--delays 0,15,30,60,90]
                  [--psa N] [--seed S] [--years Y] [--replications R] [--lang en|ko] --out DIR   (value of faster access)
        --model NAME|FILE  a built-in model (%s) or a model YAML file
        --psa N            probabilistic sensitivity analysis with N iterations (0..1000000, default 0)
        --seed S           random seed for the PSA (default 1); same seed, same results
        --simulation DIR   an access-simulator output directory holding summary.json (intention to treat)
        --lang en|ko       language of report.html (default en); summary.json is the same in both
        --out DIR          where to write summary.json and report.html
      """;

  static final int MAX_ITERATIONS = 1_000_000;

  private EconomicsCommand() {}

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (!args.isEmpty() && args.get(0).equals("access-value")) {
      return AccessValueCommand.run(args.subList(1, args.size()), out, err);
    }
    if (args.contains("--help") || args.contains("-h")) {
      out.print(usage());
      return 0;
    }
    // Both libraries readied on the second core while this one reads the command line (issue 17).
    YamlWarmUp.start();
    Meanwhile.start("json-warm-up", JsonMapper::shared);
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("economics: " + e.getMessage());
      err.print(usage());
      return 2;
    }
    if (options.bench() > 0) {
      EconomicsBench.run(options.bench(), out);
      return 0;
    }
    if (options.list()) {
      BuiltInModels.NAMES.forEach(out::println);
      return 0;
    }
    ReportPage.prepare(options.lang());
    Scenario scenario;
    try {
      scenario = ModelSource.open(options.model(), options.simulation());
    } catch (ModelLoadException | IllegalArgumentException e) {
      err.println("economics: " + e.getMessage());
      return 2;
    }
    try {
      // A PSA on simulated patients can take minutes: its progress on standard error.
      IntConsumer iterations =
          options.psa() > 0
              ? Progress.on(err, options.psa(), "PSA", "iterations")
              : Progress.quiet();
      Analysis analysis =
          Analysis.run(
              scenario,
              options.psa(),
              options.seed(),
              done -> iterations.accept((int) Math.round(done * options.psa())));
      Files.createDirectories(options.out());
      // The report renders on a second core while the JSON files are written (issue 17).
      Supplier<String> report =
          Meanwhile.start("report", () -> ReportPage.render(analysis, options.lang()));
      writeJson(analysis, options.out());
      Files.writeString(options.out().resolve("report.html"), report.get());
      print(analysis, options, out);
      return 0;
    } catch (IOException e) {
      err.println("economics: cannot write to " + options.out() + ": " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException | ArithmeticException e) {
      err.println("economics: the model cannot be evaluated: " + e.getMessage());
      return 1;
    }
  }

  private static void writeJson(Analysis analysis, Path dir) throws IOException {
    ObjectWriter json = JsonMapper.shared().writerWithDefaultPrettyPrinter();
    Files.writeString(
        dir.resolve("summary.json"), json.writeValueAsString(SummaryDocument.of(analysis)));
    Files.writeString(
        dir.resolve("timing.json"), json.writeValueAsString(SummaryDocument.timing(analysis)));
  }

  private static void print(Analysis analysis, Options options, PrintStream out) {
    ScenarioResult base = analysis.base();
    String cur = analysis.scenario().spec().currency();
    base.arms()
        .forEach(
            a ->
                out.printf(
                    Locale.ROOT,
                    "%-24s costs %,16.0f %s  QALYs %7.3f  LYs %7.3f%n",
                    a.name(),
                    a.costs(),
                    cur,
                    a.qalys(),
                    a.lys()));
    ScenarioResult.Comparison c = base.comparison();
    out.printf(
        Locale.ROOT,
        "%s vs %s: ΔC %,.0f, ΔQALY %.3f, ICER %s, NMB %,.0f (%s)%n",
        c.intervention(),
        c.comparator(),
        c.costs(),
        c.qalys(),
        c.icer().isPresent() ? String.format(Locale.ROOT, "%,.0f", c.icer().getAsDouble()) : "n/a",
        c.netMonetaryBenefit(),
        c.verdict());
    analysis
        .psa()
        .ifPresent(
            psa -> {
              out.printf(
                  Locale.ROOT,
                  "PSA: %d iterations in %.2f s (%.0f/s), seed %d%n",
                  psa.costs().length,
                  psa.seconds(),
                  psa.costs().length / Math.max(psa.seconds(), 1e-9),
                  psa.seed());
              int i = psa.arms().indexOf(c.intervention());
              int k = psa.arms().indexOf(c.comparator());
              double dc = mean(psa.costs(), i) - mean(psa.costs(), k);
              double dq = mean(psa.qalys(), i) - mean(psa.qalys(), k);
              double wtp = base.willingnessToPay();
              out.printf(
                  Locale.ROOT,
                  "PSA: probabilistic ICER %s; P(cost-effective at %,.0f) = %.3f; EVPI %,.0f %s"
                      + " per patient%n",
                  dq == 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f", dc / dq),
                  wtp,
                  psa.decision().probabilityCostEffective(wtp)[i],
                  psa.decision().expectedValueOfPerfectInformation(wtp),
                  cur);
            });
    out.println("Wrote " + options.out().resolve("summary.json") + " and report.html");
  }

  private static double mean(double[][] values, int column) {
    double total = 0;
    for (double[] row : values) {
      total += row[column];
    }
    return total / values.length;
  }

  static String usage() {
    return USAGE.formatted(String.join(", ", BuiltInModels.NAMES));
  }

  record Options(
      String model,
      int psa,
      long seed,
      Optional<Path> simulation,
      Path out,
      boolean list,
      int bench,
      Locale lang) {

    /**
     * The command line as picocli reads it, declared through picocli's programmatic model: reading
     * annotations makes the JVM generate a proxy class for each annotation type, a few hundredths
     * of a second of every run (issue 17). {@link #parse} checks what picocli cannot.
     */
    private static CommandSpec line() {
      CommandSpec spec = CommandLines.spec().name("economics");
      spec.addOption(CommandLines.option("--model", String.class));
      spec.addOption(CommandLines.option("--psa", Integer.class));
      spec.addOption(CommandLines.option("--seed", Long.class));
      spec.addOption(CommandLines.option("--simulation", Path.class));
      spec.addOption(CommandLines.option("--out", Path.class));
      spec.addOption(CommandLines.option("--lang", String.class));
      spec.addOption(OptionSpec.builder("--list").type(boolean.class).build());
      spec.addOption(
          OptionSpec.builder("--bench")
              .type(Integer.class)
              .arity("0..1")
              .fallbackValue("5000")
              .paramLabel("<bench>")
              .build());
      return spec;
    }

    static Options parse(List<String> args) {
      ParseResult parsed;
      try {
        parsed = CommandLines.of(line()).parseArgs(args.toArray(String[]::new));
      } catch (CommandLine.ParameterException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      Integer psa = parsed.matchedOptionValue("--psa", null);
      Long seed = parsed.matchedOptionValue("--seed", null);
      Integer benchGiven = parsed.matchedOptionValue("--bench", null);
      String lang = parsed.matchedOptionValue("--lang", null);
      boolean list = parsed.matchedOptionValue("--list", false);
      String model = parsed.matchedOptionValue("--model", null);
      Path out = parsed.matchedOptionValue("--out", null);
      if (benchGiven != null && (benchGiven < 1 || benchGiven > MAX_ITERATIONS)) {
        throw new IllegalArgumentException("--bench must be 1.." + MAX_ITERATIONS);
      }
      if (psa != null && (psa < 0 || psa > MAX_ITERATIONS)) {
        throw new IllegalArgumentException("--psa must be 0.." + MAX_ITERATIONS);
      }
      if (lang != null && !lang.equals("en") && !lang.equals("ko")) {
        throw new IllegalArgumentException("--lang must be en or ko");
      }
      int bench = benchGiven == null ? 0 : benchGiven;
      if (list || bench > 0) {
        return new Options("", 0, 1, Optional.empty(), Path.of("."), list, bench, Locale.ENGLISH);
      }
      if (model == null) {
        throw new IllegalArgumentException("--model is required");
      }
      if (out == null) {
        throw new IllegalArgumentException("--out is required");
      }
      return new Options(
          model,
          psa == null ? 0 : psa,
          seed == null ? 1 : seed,
          Optional.ofNullable(parsed.matchedOptionValue("--simulation", (Path) null)),
          out,
          false,
          0,
          "ko".equals(lang) ? Locale.KOREAN : Locale.ENGLISH);
    }
  }
}
