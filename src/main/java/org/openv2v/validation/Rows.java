package org.openv2v.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openv2v.economics.scenario.ReferenceCsv;

/** The target files in src/main/resources/validation: CSV with a header and # comments. */
final class Rows {

  private Rows() {}

  static List<CSVRecord> read(String file) {
    String resource = "/validation/" + file;
    try (InputStream in = Rows.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      try (CSVParser csv =
          CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), ReferenceCsv.FORMAT)) {
        return csv.getRecords();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The Korean column ({@code nameKo}) on a Korean page when it is filled, else the English. */
  static String localized(CSVRecord row, String column, Locale locale) {
    String korean = row.isMapped(column + "Ko") ? row.get(column + "Ko") : "";
    if (locale.getLanguage().equals("ko") && !korean.isBlank()) {
      return korean;
    }
    return row.get(column);
  }

  static double number(CSVRecord row, String column) {
    return Double.parseDouble(row.get(column));
  }
}
