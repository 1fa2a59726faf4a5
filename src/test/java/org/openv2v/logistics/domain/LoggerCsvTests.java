package org.openv2v.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading logger CSV: what is accepted, and where each refusal points. */
class LoggerCsvTests {

  @Test
  void should_read_every_column_of_a_recorded_file_in_time_order() {
    List<LoggerReading> readings = LoggerCsv.parse(LoggerFiles.read("in-range.csv"));

    assertThat(readings).hasSize(145);
    LoggerReading first = readings.get(0);
    assertThat(first.recordedAt()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    assertThat(first.temperatureCelsius()).isEqualByComparingTo("-186.0");
    assertThat(first.location()).isPresent();
    assertThat(first.location().get().latitude()).isEqualByComparingTo("37.4602");
    assertThat(first.tiltDegrees()).contains(new BigDecimal("14"));
    assertThat(first.shockG()).contains(new BigDecimal("3.2"));
  }

  @Test
  void should_accept_columns_in_any_order_quotes_crlf_and_empty_optional_values() {
    String text =
        "\uFEFFtemperatureCelsius,\"time\",shockG\r\n"
            + "-180.5,\"2026-11-24T10:05:00+09:00\",\r\n"
            + "\r\n"
            + "# a note from the logger\r\n"
            + "-181,2026-11-24T10:00:00+09:00,0.8\r\n";

    List<LoggerReading> readings = LoggerCsv.parse(text);

    assertThat(readings)
        .extracting(LoggerReading::recordedAt)
        .containsExactly(
            Instant.parse("2026-11-24T01:00:00Z"), Instant.parse("2026-11-24T01:05:00Z"));
    assertThat(readings.get(0).shockG()).contains(new BigDecimal("0.8"));
    assertThat(readings.get(1).shockG()).isEmpty();
    assertThat(readings.get(1).location()).isEmpty();
  }

  @Test
  void should_keep_a_repeated_identical_reading_once() {
    String text =
        "time,temperatureCelsius\n"
            + "2026-11-24T10:00:00+09:00,-180.50\n"
            + "2026-11-24T01:00:00Z,-180.5\n";
    assertThat(LoggerCsv.parse(text)).hasSize(1);
  }

  static Stream<Arguments> refusals() {
    String header = "time,temperatureCelsius,latitude,longitude,tiltDegrees,shockG\n";
    String ok = "2026-11-24T10:00:00+09:00,-180,37.5,127.0,1,0.2\n";
    return Stream.of(
        Arguments.of("", "file", "", "has no header line"),
        Arguments.of("# only a comment\n", "file", "", "has no header line"),
        Arguments.of(header, "file", "", "holds no readings"),
        Arguments.of("time,temperature\n", "line 1", "column 2", "unknown column 'temperature'"),
        Arguments.of("time,time,temperatureCelsius\n", "line 1", "time", "named twice"),
        Arguments.of("time,latitude\n", "line 1", "temperatureCelsius", "must name this column"),
        Arguments.of(
            header + ok + "2026-11-24T10:05:00,-180,,,,\n",
            "line 3",
            "time",
            "not an ISO-8601 date-time with an offset"),
        Arguments.of(
            header + ok + "2026-11-24T10:05:00+09:00,minus 180,,,,\n",
            "line 3",
            "temperatureCelsius",
            "'minus 180' is not a decimal number"),
        Arguments.of(
            header + "2026-11-24T10:05:00+09:00,,,,,\n",
            "line 2",
            "temperatureCelsius",
            "is empty"),
        Arguments.of(
            header + "2026-11-24T10:05:00+09:00,-300,,,,\n",
            "line 2",
            "temperatureCelsius",
            "-300 °C is outside -273.15 to 100"),
        Arguments.of(
            header + "2026-11-24T10:05:00+09:00,-180.1234,,,,\n",
            "line 2",
            "temperatureCelsius",
            "more than 3 decimals"),
        Arguments.of(
            header + "2026-11-24T10:05:00+09:00,1e2,,,,\n",
            "line 2",
            "temperatureCelsius",
            "not a decimal number"),
        Arguments.of(
            header + "2026-11-24T10:05:00+09:00,-180,91,127,,\n",
            "line 2",
            "latitude",
            "91 is outside -90 to 90"),
        Arguments.of(
            header + "2026-11-24T10:05:00+09:00,-180,37.5,,,\n",
            "line 2",
            "longitude",
            "come together"),
        Arguments.of(
            header + "2026-11-24T10:05:00+09:00,-180,,,181,\n",
            "line 2",
            "tiltDegrees",
            "181 is outside 0 to 180"),
        Arguments.of(
            header + "2026-11-24T10:05:00+09:00,-180,,,,-1\n",
            "line 2",
            "shockG",
            "-1 is outside 0 to 1000"),
        Arguments.of(header + "2026-11-24T10:05:00+09:00,-180\n", "line 2", "", "has 2 values"),
        Arguments.of(
            header + "2026-11-24T10:05:00+09:00,\"-18\"0\",,,,\n",
            "line 2",
            "column 2",
            "double quote"),
        Arguments.of(
            header + ok + "2026-11-24T01:00:00Z,-170,37.5,127.0,1,0.2\n",
            "line 3",
            "time",
            "(line 2) has different values"));
  }

  @ParameterizedTest(name = "{1} {2}: {3}")
  @MethodSource("refusals")
  void should_refuse_a_bad_file_naming_the_line_and_column(
      String text, String place, String column, String reason) {
    assertThatThrownBy(() -> LoggerCsv.parse(text))
        .isInstanceOfSatisfying(
            LoggerFileProblem.class,
            problem -> {
              assertThat(problem.place()).isEqualTo(place);
              assertThat(problem.column()).isEqualTo(column);
              assertThat(problem.reason()).contains(reason);
            });
  }
}
