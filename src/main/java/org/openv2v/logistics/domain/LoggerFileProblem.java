package org.openv2v.logistics.domain;

/**
 * A logger file that cannot be read as readings, with the place of the first problem: the line
 * (from 1, for CSV) or the reading's index (from 0, for JSON), and the column or field.
 */
public final class LoggerFileProblem extends RuntimeException {

  private final String place;
  private final String column;
  private final String reason;

  public LoggerFileProblem(String place, String column, String reason) {
    super(place + (column.isEmpty() ? "" : ", " + column) + ": " + reason);
    this.place = place;
    this.column = column;
    this.reason = reason;
  }

  public static LoggerFileProblem atLine(int line, String column, String reason) {
    return new LoggerFileProblem("line " + line, column, reason);
  }

  /** "line 3" or "readings[2]". */
  public String place() {
    return place;
  }

  /** The column or field, or empty when the problem concerns the whole line or file. */
  public String column() {
    return column;
  }

  public String reason() {
    return reason;
  }
}
