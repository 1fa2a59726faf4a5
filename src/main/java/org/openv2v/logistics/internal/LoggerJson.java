package org.openv2v.logistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openv2v.logistics.domain.LoggerFileProblem;
import org.openv2v.logistics.domain.LoggerReading;
import org.openv2v.logistics.domain.ReadingFields;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logger readings as JSON: an array of readings, or {@code {"readings": [...]}}. Each reading is
 * {@code {"time": "2026-11-24T10:00:00+09:00", "temperatureCelsius": -182.5}} with, optionally,
 * {@code latitude}, {@code longitude}, {@code tiltDegrees} and {@code shockG} (numbers or null).
 * Every problem names the reading ({@code readings[3]}) and field, or the line and column of JSON
 * that does not parse.
 */
public final class LoggerJson {

  private static final Set<String> FIELDS = Set.copyOf(ReadingFields.ALL);

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private LoggerJson() {}

  public static List<LoggerReading> parse(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      var at = e.getLocation();
      String place = at == null ? "file" : "line " + at.getLineNr();
      String column = at == null ? "" : "column " + at.getColumnNr();
      throw new LoggerFileProblem(
          place, column, "not valid JSON: " + firstLine(e.getOriginalMessage()));
    }
    JsonNode list = root;
    if (root != null && root.isObject()) {
      for (String name : root.propertyNames()) {
        if (!name.equals("readings")) {
          throw new LoggerFileProblem("file", name, "unknown field; expected only \"readings\"");
        }
      }
      list = root.get("readings");
    }
    if (list == null || !list.isArray()) {
      throw new LoggerFileProblem(
          "file", "readings", "expected an array of readings, or {\"readings\": [...]}");
    }
    List<LoggerReading> readings = new ArrayList<>();
    List<String> places = new ArrayList<>();
    int index = 0;
    for (JsonNode node : list.values()) {
      String place = "readings[" + index++ + "]";
      readings.add(reading(node, place));
      places.add(place);
      if (readings.size() > ReadingFields.MAX_READINGS) {
        break;
      }
    }
    return ReadingFields.ordered(readings, places);
  }

  private static LoggerReading reading(JsonNode node, String place) {
    if (!node.isObject()) {
      throw new LoggerFileProblem(place, "", "expected an object with time and temperatureCelsius");
    }
    for (String name : node.propertyNames()) {
      if (!FIELDS.contains(name)) {
        throw new LoggerFileProblem(
            place, name, "unknown field; the fields are " + String.join(", ", ReadingFields.ALL));
      }
    }
    JsonNode time = node.get(ReadingFields.TIME);
    if (time == null || !time.isString()) {
      throw new LoggerFileProblem(place, ReadingFields.TIME, "is required, as a string");
    }
    BigDecimal celsius =
        number(node, ReadingFields.TEMPERATURE, place)
            .orElseThrow(
                () -> new LoggerFileProblem(place, ReadingFields.TEMPERATURE, "is required"));
    return ReadingFields.reading(
        ReadingFields.time(time.stringValue(), place),
        celsius,
        number(node, ReadingFields.LATITUDE, place),
        number(node, ReadingFields.LONGITUDE, place),
        number(node, ReadingFields.TILT, place),
        number(node, ReadingFields.SHOCK, place),
        place);
  }

  private static Optional<BigDecimal> number(JsonNode node, String field, String place) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isNumber()) {
      throw new LoggerFileProblem(place, field, "must be a number");
    }
    BigDecimal number = value.decimalValue();
    if (number.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
      throw new LoggerFileProblem(place, field, "is out of range");
    }
    return Optional.of(number);
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
