package org.openv2v.logistics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Logger readings as CSV: a header line naming the columns (in any order), then one reading per
 * line. {@code time} and {@code temperatureCelsius} are required; {@code latitude}, {@code
 * longitude}, {@code tiltDegrees} and {@code shockG} are optional columns, and may be left empty on
 * a line. Lines starting with {@code #} (the logger's own preamble) and blank lines are skipped. A
 * value may be wrapped in double quotes. Every problem names its line (from 1) and column.
 */
public final class LoggerCsv {

  private LoggerCsv() {}

  public static List<LoggerReading> parse(String text) {
    String[] lines =
        text.startsWith("\uFEFF")
            ? text.substring(1).split("\r?\n|\r", -1)
            : text.split("\r?\n|\r", -1);
    Map<String, Integer> columns = null;
    int width = 0;
    List<LoggerReading> readings = new ArrayList<>();
    List<String> places = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      List<String> cells = cells(line, number);
      if (columns == null) {
        columns = header(cells, number);
        width = cells.size();
        continue;
      }
      if (cells.size() != width) {
        throw LoggerFileProblem.atLine(
            number, "", "has " + cells.size() + " values; the header names " + width + " columns");
      }
      String place = "line " + number;
      readings.add(reading(cells, columns, place));
      places.add(place);
      if (readings.size() > ReadingFields.MAX_READINGS) {
        break;
      }
    }
    if (columns == null) {
      throw new LoggerFileProblem(
          "file",
          "",
          "has no header line; the first line must name the columns, such as time,temperatureCelsius");
    }
    return ReadingFields.ordered(readings, places);
  }

  /** The readings as this parser reads them, every column written; absent values left empty. */
  public static String write(List<LoggerReading> readings) {
    StringBuilder out = new StringBuilder(String.join(",", ReadingFields.ALL)).append('\n');
    for (LoggerReading r : readings) {
      out.append(r.recordedAt())
          .append(',')
          .append(r.temperatureCelsius().toPlainString())
          .append(',')
          .append(r.location().map(p -> p.latitude().toPlainString()).orElse(""))
          .append(',')
          .append(r.location().map(p -> p.longitude().toPlainString()).orElse(""))
          .append(',')
          .append(r.tiltDegrees().map(BigDecimal::toPlainString).orElse(""))
          .append(',')
          .append(r.shockG().map(BigDecimal::toPlainString).orElse(""))
          .append('\n');
    }
    return out.toString();
  }

  private static Map<String, Integer> header(List<String> cells, int number) {
    Map<String, String> known = new HashMap<>();
    ReadingFields.ALL.forEach(name -> known.put(name.toLowerCase(Locale.ROOT), name));
    Map<String, Integer> columns = new HashMap<>();
    for (int c = 0; c < cells.size(); c++) {
      String name = known.get(cells.get(c).strip().toLowerCase(Locale.ROOT));
      if (name == null) {
        throw LoggerFileProblem.atLine(
            number,
            "column " + (c + 1),
            "unknown column '"
                + ReadingFields.shown(cells.get(c))
                + "'; the columns are "
                + String.join(", ", ReadingFields.ALL));
      }
      if (columns.putIfAbsent(name, c) != null) {
        throw LoggerFileProblem.atLine(number, name, "the column is named twice");
      }
    }
    for (String required : List.of(ReadingFields.TIME, ReadingFields.TEMPERATURE)) {
      if (!columns.containsKey(required)) {
        throw LoggerFileProblem.atLine(number, required, "the header must name this column");
      }
    }
    return columns;
  }

  private static LoggerReading reading(
      List<String> cells, Map<String, Integer> columns, String place) {
    String time = required(cells, columns, ReadingFields.TIME, place);
    String celsius = required(cells, columns, ReadingFields.TEMPERATURE, place);
    return ReadingFields.reading(
        ReadingFields.time(time, place),
        ReadingFields.number(celsius, place, ReadingFields.TEMPERATURE),
        optional(cells, columns, ReadingFields.LATITUDE, place),
        optional(cells, columns, ReadingFields.LONGITUDE, place),
        optional(cells, columns, ReadingFields.TILT, place),
        optional(cells, columns, ReadingFields.SHOCK, place),
        place);
  }

  private static String required(
      List<String> cells, Map<String, Integer> columns, String column, String place) {
    String value = cells.get(columns.get(column));
    if (value.isBlank()) {
      throw new LoggerFileProblem(place, column, "is empty");
    }
    return value;
  }

  private static Optional<BigDecimal> optional(
      List<String> cells, Map<String, Integer> columns, String column, String place) {
    Integer index = columns.get(column);
    if (index == null || cells.get(index).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(ReadingFields.number(cells.get(index), place, column));
  }

  /** Splits on commas; a cell wholly inside double quotes loses them (no commas inside values). */
  private static List<String> cells(String line, int number) {
    List<String> cells = new ArrayList<>();
    for (String raw : line.split(",", -1)) {
      String cell = raw.strip();
      if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
        cell = cell.substring(1, cell.length() - 1);
      }
      if (cell.indexOf('"') >= 0) {
        throw LoggerFileProblem.atLine(
            number, "column " + (cells.size() + 1), "has an unbalanced or embedded double quote");
      }
      cells.add(cell);
    }
    return cells;
  }
}
