package org.openv2v.economics.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openv2v.economics.scenario.AccessValue;

/**
 * access-value.csv of the "value of faster access" analysis: one row per delay, the same from the
 * command line and from the planning pages (Commons CSV, RFC 4180; numbers in plain notation).
 */
public final class AccessValueTable {

  private AccessValueTable() {}

  public static String csv(List<AccessValue.Row> rows) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter csv =
        new CSVPrinter(
            out,
            CSVFormat.RFC4180
                .builder()
                .setHeader(
                    "delayDays",
                    "fractionInfused",
                    "fractionInfusedLow",
                    "fractionInfusedHigh",
                    "waitDays",
                    "lys",
                    "lysLow",
                    "lysHigh",
                    "qalys",
                    "qalysLow",
                    "qalysHigh",
                    "costs",
                    "nmb",
                    "nmbLow",
                    "nmbHigh")
                .get())) {
      for (AccessValue.Row r : rows) {
        csv.printRecord(
            plain(r.delayDays()),
            plain(r.fractionInfused()),
            plain(r.fractionInfusedLow()),
            plain(r.fractionInfusedHigh()),
            plain(r.waitDays()),
            plain(r.lys()),
            plain(r.lysInterval().low()),
            plain(r.lysInterval().high()),
            plain(r.qalys()),
            plain(r.qalysInterval().low()),
            plain(r.qalysInterval().high()),
            plain(r.costs()),
            plain(r.netMonetaryBenefit()),
            plain(r.nmbInterval().low()),
            plain(r.nmbInterval().high()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }

  private static String plain(OptionalDouble value) {
    return value.isPresent() ? plain(value.getAsDouble()) : "";
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
