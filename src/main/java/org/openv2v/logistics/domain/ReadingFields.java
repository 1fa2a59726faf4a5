package org.openv2v.logistics.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fields of a reading, checked the same way whatever file they came in. Bounds are physical (no
 * probe reads below absolute zero) or the logger's own (tilt is an angle from upright).
 */
public final class ReadingFields {

  public static final String TIME = "time";
  public static final String TEMPERATURE = "temperatureCelsius";
  public static final String LATITUDE = "latitude";
  public static final String LONGITUDE = "longitude";
  public static final String TILT = "tiltDegrees";
  public static final String SHOCK = "shockG";
  public static final List<String> ALL =
      List.of(TIME, TEMPERATURE, LATITUDE, LONGITUDE, TILT, SHOCK);

  /** More readings than a 10-day trip logged every 10 seconds: a file this big is a mistake. */
  public static final int MAX_READINGS = 100_000;

  private static final BigDecimal ABSOLUTE_ZERO = new BigDecimal("-273.15");
  private static final BigDecimal HOTTEST = new BigDecimal("100");
  private static final BigDecimal MAX_SHOCK = new BigDecimal("1000");
  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  // BigDecimal also reads exponents and a leading '+'; a logger file has plain decimals.
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{1,12})?");

  private ReadingFields() {}

  /** An ISO-8601 date-time with an offset, such as 2026-11-24T10:00:00+09:00 or ...Z. */
  public static Instant time(String text, String place) {
    OffsetDateTime parsed;
    try {
      parsed = OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new LoggerFileProblem(
          place,
          TIME,
          "'"
              + shown(text)
              + "' is not an ISO-8601 date-time with an offset, such as 2026-11-24T10:00:00+09:00");
    }
    Instant at = parsed.toInstant();
    if (at.isBefore(EARLIEST)) {
      throw new LoggerFileProblem(place, TIME, "must not be before " + EARLIEST);
    }
    return at;
  }

  public static BigDecimal temperature(String text, String place) {
    BigDecimal value = number(text, place, TEMPERATURE);
    return temperature(value, place);
  }

  public static BigDecimal temperature(BigDecimal value, String place) {
    if (value.compareTo(ABSOLUTE_ZERO) < 0 || value.compareTo(HOTTEST) > 0) {
      throw new LoggerFileProblem(
          place, TEMPERATURE, plain(value) + " °C is outside -273.15 to 100");
    }
    return decimals(value, 3, place, TEMPERATURE);
  }

  public static BigDecimal latitude(BigDecimal value, String place) {
    return within(value, BigDecimal.valueOf(-90), BigDecimal.valueOf(90), 7, place, LATITUDE);
  }

  public static BigDecimal longitude(BigDecimal value, String place) {
    return within(value, BigDecimal.valueOf(-180), BigDecimal.valueOf(180), 7, place, LONGITUDE);
  }

  public static BigDecimal tilt(BigDecimal value, String place) {
    return within(value, BigDecimal.ZERO, BigDecimal.valueOf(180), 2, place, TILT);
  }

  public static BigDecimal shock(BigDecimal value, String place) {
    return within(value, BigDecimal.ZERO, MAX_SHOCK, 3, place, SHOCK);
  }

  public static BigDecimal number(String text, String place, String column) {
    String trimmed = text.strip();
    if (!DECIMAL.matcher(trimmed).matches()) {
      throw new LoggerFileProblem(place, column, "'" + shown(text) + "' is not a decimal number");
    }
    return new BigDecimal(trimmed);
  }

  /** A reading from its fields, with latitude and longitude given together or not at all. */
  public static LoggerReading reading(
      Instant at,
      BigDecimal celsius,
      Optional<BigDecimal> latitude,
      Optional<BigDecimal> longitude,
      Optional<BigDecimal> tilt,
      Optional<BigDecimal> shock,
      String place) {
    if (latitude.isPresent() != longitude.isPresent()) {
      throw new LoggerFileProblem(
          place,
          latitude.isPresent() ? LONGITUDE : LATITUDE,
          "latitude and longitude come together or not at all");
    }
    Optional<GeoPoint> location =
        latitude.map(lat -> new GeoPoint(latitude(lat, place), longitude(longitude.get(), place)));
    return new LoggerReading(
        at,
        temperature(celsius, place),
        location,
        tilt.map(value -> tilt(value, place)),
        shock.map(value -> shock(value, place)));
  }

  /**
   * The readings in time order. A reading repeated with the same values is kept once (loggers
   * re-send); two different readings at the same instant are refused, naming both places.
   */
  public static List<LoggerReading> ordered(List<LoggerReading> readings, List<String> places) {
    if (readings.isEmpty()) {
      throw new LoggerFileProblem("file", "", "holds no readings");
    }
    if (readings.size() > MAX_READINGS) {
      throw new LoggerFileProblem(
          "file",
          "",
          "holds more than " + MAX_READINGS + " readings; split it into several uploads");
    }
    Map<Instant, Integer> seen = new LinkedHashMap<>();
    List<LoggerReading> kept = new ArrayList<>();
    for (int i = 0; i < readings.size(); i++) {
      LoggerReading reading = readings.get(i);
      Integer earlier = seen.putIfAbsent(reading.recordedAt(), i);
      if (earlier == null) {
        kept.add(reading);
      } else if (!readings.get(earlier).sameAs(reading)) {
        throw new LoggerFileProblem(
            places.get(i),
            TIME,
            "another reading at "
                + reading.recordedAt()
                + " ("
                + places.get(earlier)
                + ") has different values");
      }
    }
    kept.sort(Comparator.comparing(LoggerReading::recordedAt));
    return List.copyOf(kept);
  }

  private static BigDecimal within(
      BigDecimal value, BigDecimal low, BigDecimal high, int scale, String place, String column) {
    if (value.compareTo(low) < 0 || value.compareTo(high) > 0) {
      throw new LoggerFileProblem(
          place,
          column,
          plain(value) + " is outside " + low.toPlainString() + " to " + high.toPlainString());
    }
    return decimals(value, scale, place, column);
  }

  private static BigDecimal decimals(BigDecimal value, int scale, String place, String column) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > scale) {
      throw new LoggerFileProblem(
          place, column, plain(value) + " has more than " + scale + " decimals");
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** A number as written in an error: plain unless that would be very long. */
  private static String plain(BigDecimal value) {
    return Math.abs(value.scale()) > 30 ? value.toString() : value.toPlainString();
  }

  /** A value as it may be echoed in an error: short, and with control characters made visible. */
  static String shown(String text) {
    String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    StringBuilder out = new StringBuilder();
    cut.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
