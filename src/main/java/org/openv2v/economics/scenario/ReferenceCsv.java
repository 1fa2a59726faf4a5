package org.openv2v.economics.scenario;

import org.apache.commons.csv.CSVFormat;

/**
 * How the project's reference tables (life tables, survival targets, validation targets) are
 * written: RFC 4180 with a header row, {@code #} comment lines and spaces around values ignored.
 */
public final class ReferenceCsv {

  public static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setCommentMarker('#')
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreSurroundingSpaces(true)
          .get();

  private ReferenceCsv() {}
}
