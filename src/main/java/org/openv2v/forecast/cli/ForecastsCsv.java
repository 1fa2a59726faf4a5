package org.openv2v.forecast.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openv2v.forecast.backtest.Backtest;
import org.openv2v.forecast.backtest.ScoredForecast;

/** Every scored forecast of a backtest, one a line (case ids as in the records file). */
final class ForecastsCsv {

  private ForecastsCsv() {}

  static void write(Backtest.Result result, Path file) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(
                "as_of",
                "case",
                "probability_infused",
                "probability_infused_within",
                "p10",
                "p90",
                "reached_infusion",
                "infused_within",
                "infused_on",
                "p10_p90_covered")
            .get();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, format)) {
      for (ScoredForecast f : result.forecasts()) {
        csv.printRecord(
            f.asOf(),
            f.caseId(),
            String.format(Locale.ROOT, "%.4f", f.probabilityInfused()),
            String.format(Locale.ROOT, "%.4f", f.probabilityWithin()),
            text(f.p10()),
            text(f.p90()),
            text(f.reachedInfusion()),
            text(f.infusedWithin()),
            text(f.infusedOn()),
            text(f.covered()));
      }
    }
  }

  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse("");
  }
}
