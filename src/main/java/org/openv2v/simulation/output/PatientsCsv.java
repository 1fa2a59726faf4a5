package org.openv2v.simulation.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.network.PatientRecords;

/**
 * patients.csv, the patient-level output the economic model reads (the contract is in
 * docs/simulation.md, "patients.csv"): one row per counted patient, by replication then referral
 * time; days with 3 decimals, empty for "none". RFC 4180 through Commons CSV.
 */
public final class PatientsCsv {

  public static final String FILE = "patients.csv";

  public static final List<String> COLUMNS =
      List.of(
          "replication",
          "patient",
          "indication",
          "product",
          "ageYears",
          "sex",
          "referralDay",
          "outcome",
          "outcomeDay",
          "apheresisDay",
          "waitDays",
          "veinToVeinDays");

  private PatientsCsv() {}

  /** Replications formatted at once, in parallel, before they are written in order. */
  private static final int BATCH = 32;

  public static void write(NetworkScenario scenario, List<PatientRecords> replications, Writer out)
      throws IOException {
    CSVFormat rows = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    try (CSVPrinter header = new CSVPrinter(out, rows)) {
      header.printRecord(COLUMNS);
      // The rows of a million patients cost more to format than to simulate: replications are
      // formatted on all cores into text, then written in replication order, so the file is the
      // same byte for byte whatever the number of threads.
      for (int from = 0; from < replications.size(); from += BATCH) {
        int to = Math.min(replications.size(), from + BATCH);
        List<String> texts =
            IntStream.range(from, to)
                .parallel()
                .mapToObj(r -> rows(scenario, r, replications.get(r), rows))
                .toList();
        for (String text : texts) {
          out.write(text);
        }
      }
    }
  }

  private static String rows(NetworkScenario scenario, int r, PatientRecords p, CSVFormat format) {
    StringBuilder text = new StringBuilder(p.size() * 80);
    try {
      CSVPrinter printer = new CSVPrinter(text, format);
      for (int i = 0; i < p.size(); i++) {
        boolean infused = p.infused(i);
        boolean waiting = p.waiting(i);
        double outcomeDay = waiting ? Double.NaN : p.outcomeDay()[i];
        double apheresis = p.apheresisDay()[i];
        printer.printRecord(
            r + 1,
            i + 1,
            p.indication()[i],
            scenario.product(),
            p.ageYears()[i],
            p.female()[i] ? "FEMALE" : "MALE",
            days(p.referralDay()[i]),
            p.outcome(i),
            days(outcomeDay),
            days(apheresis),
            days(outcomeDay - p.referralDay()[i]),
            infused ? days(outcomeDay - apheresis) : "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** Days with three decimals ('.' separator), or empty for none. */
  static String days(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    String shortest = Double.toString(value);
    String rounded = roundPlain(shortest);
    return rounded != null
        ? rounded
        : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * {@code BigDecimal.valueOf(v).setScale(3, HALF_UP).toPlainString()} done on the digits of {@code
   * Double.toString(v)} (which is what BigDecimal.valueOf reads), for the common plain non-negative
   * form "123.4567"; null for any other form (exponent, sign), which the caller then formats
   * through BigDecimal. Same text, a fraction of the cost.
   */
  static String roundPlain(String shortest) {
    int dot = shortest.indexOf('.');
    if (dot <= 0 || shortest.charAt(0) == '-' || shortest.indexOf('E') >= 0) {
      return null;
    }
    int decimals = shortest.length() - dot - 1;
    if (decimals <= 3) {
      StringBuilder padded = new StringBuilder(dot + 4).append(shortest);
      for (int i = decimals; i < 3; i++) {
        padded.append('0');
      }
      return padded.toString();
    }
    char[] digits = new char[dot + 4];
    shortest.getChars(0, dot + 4, digits, 0);
    if (shortest.charAt(dot + 4) >= '5') {
      int i = digits.length - 1;
      while (i >= 0) {
        if (digits[i] == '.') {
          i--;
          continue;
        }
        if (digits[i] == '9') {
          digits[i] = '0';
          i--;
        } else {
          digits[i]++;
          break;
        }
      }
      if (i < 0) {
        return "1" + new String(digits);
      }
    }
    return new String(digits);
  }
}
