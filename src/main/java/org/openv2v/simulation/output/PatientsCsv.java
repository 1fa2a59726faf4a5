package org.openv2v.simulation.output;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openv2v.simulation.network.PatientRecords;
import org.openv2v.simulation.network.Scenario;

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

  public static void write(Scenario scenario, List<PatientRecords> replications, Writer out)
      throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator("\r\n")
            .get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (int r = 0; r < replications.size(); r++) {
        PatientRecords p = replications.get(r);
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
      }
    }
  }

  /** Days with three decimals ('.' separator), or empty for none. */
  static String days(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
  }
}
