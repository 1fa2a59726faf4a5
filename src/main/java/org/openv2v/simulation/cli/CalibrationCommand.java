package org.openv2v.simulation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openv2v.simulation.network.Calibration;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.output.Json;
import org.openv2v.simulation.reference.ReferenceVocabulary;

/**
 * {@code simulate calibration}: runs every built-in trial scenario and writes the fit of the
 * waiting hazards (calibration.csv, calibration.json), printing the table docs/simulation.md
 * reproduces.
 */
final class CalibrationCommand {

  private static final List<String> COLUMNS =
      List.of(
          "trial",
          "scenario",
          "indication",
          "product",
          "use",
          "enrolled",
          "notInfused",
          "targetFraction",
          "targetLower95",
          "targetUpper95",
          "modelFraction",
          "modelLower95",
          "modelUpper95",
          "withinTarget",
          "hazardPerDay",
          "modelManufacturingFailure",
          "modelMedianDaysToInfusion",
          "source");

  /** The options {@link #run} reads; it checks what picocli cannot. */
  private static final GivenOptions.Names OPTIONS =
      GivenOptions.Names.of(List.of("--years"), List.of(), List.of("--out"));

  private CalibrationCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    GivenOptions options = SimulateOptions.read(OPTIONS, args);
    Path dir = Path.of(SimulateOptions.required("--out", options.text("--out")));
    Double givenYears = options.decimal("--years");
    double years = givenYears == null ? 5 : givenYears;
    if (!(years > 0 && years <= 200)) {
      throw new UsageError("--years must be > 0 and at most 200");
    }
    int replications = options.replications(20, 2);
    long seed = options.seed(11);
    int threads = options.threads();

    List<Calibration.Row> rows = new ArrayList<>();
    for (NetworkScenario scenario : Calibration.trialScenarios(ReferenceVocabulary.get())) {
      rows.add(Calibration.run(scenario, years, replications, seed, threads));
    }
    try {
      Files.createDirectories(dir);
      writeCsv(dir.resolve("calibration.csv"), rows);
      Files.writeString(
          dir.resolve("calibration.json"),
          Json.write(json(rows, years, replications, seed)),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("simulate: cannot write to " + dir + ": " + e.getMessage());
      return 1;
    }
    out.printf(
        "Trial cohorts, %s years x %d replications, seed %d (not infused = never infused after"
            + " enrolment/leukapheresis)%n%n",
        Json.number(years), replications, seed);
    out.println(
        "| trial | indication | product | target not infused (95% CI) | model (95% CI) | use |"
            + " in target |");
    out.println("|---|---|---|---|---|---|---|");
    for (Calibration.Row r : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %d/%d = %.3f (%.3f–%.3f) | %.3f (%.3f–%.3f) | %s | %s |%n",
          r.trial().name(),
          r.indication(),
          r.product(),
          r.trial().notInfused(),
          r.trial().enrolled(),
          r.trial().notInfusedFraction(),
          r.targetLower(),
          r.targetUpper(),
          r.model().mean(),
          r.model().lower(),
          r.model().upper(),
          r.trial().use(),
          r.withinTarget() ? "yes" : "NO");
    }
    out.println();
    out.println(
        "wrote " + dir.resolve("calibration.csv") + " and " + dir.resolve("calibration.json"));
    return 0;
  }

  private static void writeCsv(Path file, List<Calibration.Row> rows) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, format)) {
      for (Calibration.Row r : rows) {
        csv.printRecord(
            r.trial().name(),
            r.scenario(),
            r.indication(),
            r.product(),
            r.trial().use(),
            r.trial().enrolled(),
            r.trial().notInfused(),
            Json.number(r.trial().notInfusedFraction()),
            Json.number(r.targetLower()),
            Json.number(r.targetUpper()),
            Json.number(r.model().mean()),
            Json.number(r.model().lower()),
            Json.number(r.model().upper()),
            r.withinTarget(),
            Json.number(r.hazardPerDay()),
            Json.number(r.modelManufacturingFailure()),
            Json.number(r.medianDaysToInfusion()),
            r.trial().source());
      }
    }
  }

  private static Map<String, Object> json(
      List<Calibration.Row> rows, double years, int replications, long seed) {
    List<Object> trials = new ArrayList<>();
    for (Calibration.Row r : rows) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("trial", r.trial().name());
      t.put("scenario", r.scenario());
      t.put("indication", r.indication());
      t.put("product", r.product());
      t.put("use", r.trial().use());
      t.put("enrolled", r.trial().enrolled());
      t.put("notInfused", r.trial().notInfused());
      t.put(
          "target",
          ordered(
              "fraction",
              r.trial().notInfusedFraction(),
              "ci95",
              List.of(r.targetLower(), r.targetUpper())));
      t.put(
          "model",
          ordered(
              "fraction", r.model().mean(), "ci95", List.of(r.model().lower(), r.model().upper())));
      t.put("withinTarget", r.withinTarget());
      t.put("hazardPerDay", r.hazardPerDay());
      t.put("modelManufacturingFailure", r.modelManufacturingFailure());
      t.put("modelMedianDaysToInfusion", r.medianDaysToInfusion());
      t.put("source", r.trial().source());
      trials.add(t);
    }
    return ordered("years", years, "replications", replications, "seed", seed, "trials", trials);
  }

  private static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
