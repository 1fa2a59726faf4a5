package org.openv2v.validation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openv2v.shared.cli.CommandLines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar openv2v.jar validate --out DIR}: runs every external target and writes
 * DIR/validation.html, validation.json and validation.md. Exit 0 when written (whatever the
 * results), 1 when it cannot write, 2 for a usage mistake.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Checks the economic models and the access simulator against external targets.")
public final class ValidationCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, description = "directory for validation.html/json/md")
  Path out;

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "page language: en or ko (default ${DEFAULT-VALUE})")
  String language;

  @Option(
      names = "--replications",
      defaultValue = "20",
      description = "replications of each trial scenario (default ${DEFAULT-VALUE})")
  int replications;

  @Option(
      names = "--years",
      defaultValue = "10",
      description = "simulated years per replication (default ${DEFAULT-VALUE})")
  double years;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default 1)")
  long seed;

  @Spec CommandSpec spec;

  private final PrintStream stdout;

  private ValidationCommand(PrintStream stdout) {
    this.stdout = stdout;
  }

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    CommandLine line = CommandLines.of(new ValidationCommand(out));
    line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    line.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("validate: " + e.getMessage());
          return e instanceof IOException ? 1 : 2;
        });
    return line.execute(args.toArray(String[]::new));
  }

  @Override
  public Integer call() throws IOException {
    if (!language.equals("en") && !language.equals("ko")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--lang must be en or ko, was " + language);
    }
    if (replications < 1 || replications > 1000) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--replications must be 1..1000");
    }
    if (!(years > 0 && years <= 200)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--years must be 0..200");
    }
    Locale locale = Locale.forLanguageTag(language);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    Validation validation =
        Validation.run(new TrialChecks.Run(years, replications, seed, threads), locale);
    ValidationPage.write(validation, locale, out);
    stdout.printf(
        Locale.ROOT,
        "%d targets: %d within tolerance, %d outside, %d not run; wrote %s%n",
        validation.checks().size(),
        validation.count(Check.Status.WITHIN),
        validation.count(Check.Status.OUTSIDE),
        validation.count(Check.Status.NOT_RUN),
        out.resolve("validation.html"));
    for (Check c : validation.checks()) {
      if (c.status() == Check.Status.OUTSIDE) {
        stdout.printf(
            Locale.ROOT,
            "  outside: %s (published %s, model %s)%n",
            c.id(),
            c.published(),
            c.model());
      }
    }
    return 0;
  }
}
