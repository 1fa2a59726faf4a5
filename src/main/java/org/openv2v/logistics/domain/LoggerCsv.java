package org.openv2v.logistics.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Logger readings as CSV: a header line naming the columns (in any order), then one reading per
 * line. {@code time} and {@code temperatureCelsius} are required; {@code latitude}, {@code
 * longitude}, {@code tiltDegrees} and {@code shockG} are optional columns, and may be left empty on
 * a line. Lines starting with {@code #} (the logger's own preamble) and blank lines are skipped. A
 * value may be wrapped in double quotes. Every problem names its line (from 1) and column.
 */
public final class LoggerCsv {

  /** One line at a time (the loop keeps line numbers and skips comments); quotes are ours. */
  private static final CSVFormat READ =
      CSVFormat.DEFAULT.builder().setQuote(null).setIgnoreEmptyLines(false).get();

  private static final CSVFormat WRITTEN =
      CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

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
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, WRITTEN)) {
      printer.printRecord(ReadingFields.ALL);
      for (LoggerReading r : readings) {
        printer.printRecord(
            r.recordedAt(),
            r.temperatureCelsius().toPlainString(),
            r.location().map(p -> p.latitude().toPlainString()).orElse(""),
            r.location().map(p -> p.longitude().toPlainString()).orElse(""),
            r.tiltDegrees().map(BigDecimal::toPlainString).orElse(""),
            r.shockG().map(BigDecimal::toPlainString).orElse(""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
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

  /**
   * A line's cells, split by Commons CSV on commas with no quoting (values hold no commas); a cell
   * wholly inside double quotes loses them, and any other double quote is refused.
   */
  private static List<String> cells(String line, int number) {
    List<String> cells = new ArrayList<>();
    for (String raw : record(line)) {
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

  private static List<String> record(String line) {
    try (CSVParser parser = CSVParser.parse(line, READ)) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty() ? List.of("") : records.get(0).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String does not fail
    }
  }
}
