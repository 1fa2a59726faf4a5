package org.openv2v.logistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.openv2v.logistics.domain.LoggerCsv;
import org.openv2v.logistics.domain.LoggerFileProblem;
import org.openv2v.logistics.domain.LoggerFiles;
import org.openv2v.logistics.domain.LoggerReading;
import org.openv2v.logistics.domain.ReadingArbitraries;

/** Reading logger JSON: the recorded file, refusals that point at the reading, and properties. */
class LoggerJsonTests {

  @Example
  void should_read_a_recorded_file_wrapped_in_readings() {
    List<LoggerReading> readings =
        LoggerJson.parse(LoggerFiles.read("fresh-sustained-excursion.json"));
    assertThat(readings).hasSize(37);
    assertThat(readings.get(0).recordedAt()).isEqualTo(Instant.parse("2026-11-17T23:00:00Z"));
    assertThat(readings.get(0).location()).isPresent();
    assertThat(readings.get(1).location()).isEmpty();
  }

  @Example
  void should_read_a_bare_array_and_keep_decimals_exact() {
    List<LoggerReading> readings =
        LoggerJson.parse(
            "[{\"time\":\"2026-11-24T10:00:00+09:00\",\"temperatureCelsius\":-180.125,"
                + "\"tiltDegrees\":null,\"shockG\":1.5}]");
    assertThat(readings.get(0).temperatureCelsius()).isEqualTo(new BigDecimal("-180.125"));
    assertThat(readings.get(0).tiltDegrees()).isEmpty();
    assertThat(readings.get(0).shockG()).contains(new BigDecimal("1.5"));
  }

  @Example
  void should_refuse_naming_the_reading_and_field() {
    expectProblem(
        "{\"readings\":[{\"time\":\"2026-11-24T10:00:00+09:00\",\"temperatureCelsius\":-180},"
            + "{\"time\":\"2026-11-24T10:05:00+09:00\",\"temperatureCelsius\":\"-180\"}]}",
        "readings[1]",
        "temperatureCelsius",
        "must be a number");
    expectProblem(
        "[{\"time\":\"2026-11-24T10:00:00+09:00\",\"temperature\":-180}]",
        "readings[0]",
        "temperature",
        "unknown field");
    expectProblem(
        "[{\"time\":\"2026-11-24 10:00\",\"temperatureCelsius\":-180}]",
        "readings[0]",
        "time",
        "not an ISO-8601 date-time with an offset");
    expectProblem("{\"data\":[]}", "file", "data", "unknown field");
    expectProblem("[]", "file", "", "holds no readings");
    expectProblem("[1]", "readings[0]", "", "expected an object");
  }

  @Example
  void should_refuse_broken_json_naming_the_line_and_column() {
    assertThatThrownBy(
            () ->
                LoggerJson.parse(
                    "[\n {\"time\": \"2026-11-24T10:00:00Z\",\n  \"temperatureCelsius\": -180,,}\n]"))
        .isInstanceOfSatisfying(
            LoggerFileProblem.class,
            problem -> {
              assertThat(problem.place()).isEqualTo("line 3");
              assertThat(problem.column()).startsWith("column ");
              assertThat(problem.reason()).startsWith("not valid JSON");
            });
  }

  @Property
  void should_read_back_what_was_written(
      @ForAll("readings") @Size(min = 1, max = 30) List<LoggerReading> readings) {
    List<LoggerReading> unique = ReadingArbitraries.distinctByTime(readings);

    assertThat(LoggerJson.parse(json(unique))).isEqualTo(unique);
    assertThat(LoggerJson.parse(json(unique))).isEqualTo(LoggerCsv.parse(LoggerCsv.write(unique)));
  }

  @Property(tries = 2000)
  void should_never_fail_with_anything_but_a_logger_file_problem(@ForAll("texts") String text) {
    try {
      assertThat(LoggerJson.parse(text)).isNotEmpty();
    } catch (LoggerFileProblem problem) {
      assertThat(problem.reason()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<List<LoggerReading>> readings() {
    return ReadingArbitraries.reading().list();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
            Arbitraries.of(
                "[",
                "]",
                "{",
                "}",
                ",",
                ":",
                "\"readings\"",
                "\"time\"",
                "\"temperatureCelsius\"",
                "\"2026-11-24T10:00:00+09:00\"",
                "-180.5",
                "1e400",
                "-1e-400",
                "null",
                "true",
                "\"latitude\"",
                "\"longitude\"",
                "91",
                "\"x\"",
                " ",
                "\n"),
            Arbitraries.strings().ofMaxLength(5))
        .list()
        .ofMaxSize(30)
        .map(parts -> String.join("", parts));
  }

  private static String json(List<LoggerReading> readings) {
    return readings.stream()
        .map(
            r -> {
              StringBuilder out =
                  new StringBuilder("{\"time\":\"")
                      .append(r.recordedAt())
                      .append("\",\"temperatureCelsius\":")
                      .append(r.temperatureCelsius().toPlainString());
              r.location()
                  .ifPresent(
                      p ->
                          out.append(",\"latitude\":")
                              .append(p.latitude().toPlainString())
                              .append(",\"longitude\":")
                              .append(p.longitude().toPlainString()));
              r.tiltDegrees()
                  .ifPresent(t -> out.append(",\"tiltDegrees\":").append(t.toPlainString()));
              r.shockG().ifPresent(s -> out.append(",\"shockG\":").append(s.toPlainString()));
              return out.append('}').toString();
            })
        .collect(Collectors.joining(",", "{\"readings\":[", "]}"));
  }

  private static void expectProblem(String text, String place, String column, String reason) {
    assertThatThrownBy(() -> LoggerJson.parse(text))
        .isInstanceOfSatisfying(
            LoggerFileProblem.class,
            problem -> {
              assertThat(problem.place()).isEqualTo(place);
              assertThat(problem.column()).isEqualTo(column);
              assertThat(problem.reason()).contains(reason);
            });
  }
}
