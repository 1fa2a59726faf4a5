package org.openv2v.economics.scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the simulator's patients.csv (RFC 4180, a header row, one row per referred patient). Errors
 * name the file, the line and the column.
 */
public final class PatientsFile {

  static final String NAME = "patients.csv";
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private PatientsFile() {}

  /** The patients beside a summary.json, or none when the simulation wrote no patients.csv. */
  static List<ReferredPatient> besideSummary(Path summaryFile) {
    Path dir = summaryFile.toAbsolutePath().getParent();
    Path file = dir == null ? Path.of(NAME) : dir.resolve(NAME);
    return Files.isRegularFile(file) ? read(file) : List.of();
  }

  public static List<ReferredPatient> read(Path file) {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    List<ReferredPatient> patients = new ArrayList<>();
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new IllegalArgumentException(file + " is larger than " + MAX_BYTES + " bytes");
      }
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(in, format)) {
        for (String column :
            List.of("replication", "patient", "ageYears", "sex", "referralDay", "outcome")) {
          if (!parser.getHeaderMap().containsKey(column)) {
            throw new IllegalArgumentException(file + ": no column " + column);
          }
        }
        for (CSVRecord row : parser) {
          patients.add(patient(file, row));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
    return List.copyOf(patients);
  }

  private static ReferredPatient patient(Path file, CSVRecord row) {
    String outcome = text(row, "outcome");
    if (!ReferredPatient.OUTCOMES.contains(outcome)) {
      throw error(file, row, "outcome", "must be one of " + ReferredPatient.OUTCOMES);
    }
    String sex = text(row, "sex");
    if (!sex.equals("MALE") && !sex.equals("FEMALE")) {
      throw error(file, row, "sex", "must be MALE or FEMALE");
    }
    OptionalDouble wait = optional(file, row, "waitDays");
    if (wait.isEmpty() && !outcome.equals("WAITING")) {
      throw error(file, row, "waitDays", "is needed for outcome " + outcome);
    }
    if (wait.isPresent() && wait.getAsDouble() < 0) {
      throw error(file, row, "waitDays", "must not be negative");
    }
    int age = (int) number(file, row, "ageYears");
    if (age < 0 || age > 120) {
      throw error(file, row, "ageYears", "must be 0..120");
    }
    return new ReferredPatient(
        (int) number(file, row, "replication"),
        (int) number(file, row, "patient"),
        text(row, "indication"),
        text(row, "product"),
        age,
        sex.equals("MALE"),
        number(file, row, "referralDay"),
        outcome,
        wait,
        optional(file, row, "veinToVeinDays"));
  }

  private static String text(CSVRecord row, String column) {
    return row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
  }

  private static double number(Path file, CSVRecord row, String column) {
    OptionalDouble value = optional(file, row, column);
    if (value.isEmpty()) {
      throw error(file, row, column, "is required");
    }
    return value.getAsDouble();
  }

  private static OptionalDouble optional(Path file, CSVRecord row, String column) {
    String text = text(row, column);
    if (text.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value)) {
        throw error(file, row, column, "must be a finite number, was " + text);
      }
      return OptionalDouble.of(value);
    } catch (NumberFormatException e) {
      throw error(file, row, column, "must be a number, was " + text);
    }
  }

  private static IllegalArgumentException error(
      Path file, CSVRecord row, String column, String message) {
    return new IllegalArgumentException(
        file.getFileName()
            + " patient row "
            + row.getRecordNumber()
            + ", column "
            + column
            + ": "
            + message);
  }
}
