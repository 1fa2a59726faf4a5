package org.openv2v.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.openv2v.economics.model.IncrementalAnalysis;

/** evidence.md §6.5: published ICERs recomputed by the engine from the published increments. */
final class IcerArithmetic {

  static final String GROUP = "icer-arithmetic";
  private static final double TOLERANCE = 0.01;

  private IcerArithmetic() {}

  static List<Check> checks(Locale locale) {
    List<Check> checks = new ArrayList<>();
    for (CSVRecord row : Rows.read("icer-arithmetic.csv")) {
      double reported = Rows.number(row, "reported");
      double icer =
          IncrementalAnalysis.icer(
                  Rows.number(row, "incrementalCost"), Rows.number(row, "incrementalEffect"))
              .orElse(Double.NaN);
      double[] range = Check.interval(reported, "relative", TOLERANCE);
      checks.add(
          Check.of(
              GROUP,
              row.get("id"),
              Rows.localized(row, "study", locale),
              row.get("source"),
              reported,
              icer,
              row.get("effect").equals("ly") ? Unit.PER_LY : Unit.PER_QALY,
              "relative",
              TOLERANCE,
              range[0],
              range[1],
              Rows.localized(row, "note", locale)));
    }
    return checks;
  }
}
