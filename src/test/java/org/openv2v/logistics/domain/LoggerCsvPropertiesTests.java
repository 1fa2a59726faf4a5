package org.openv2v.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Properties of the CSV logger format: what is written reads back, and nothing else escapes. */
class LoggerCsvPropertiesTests {

  @Property
  void should_read_back_exactly_what_was_written(
      @ForAll("readings") @Size(min = 1, max = 40) List<LoggerReading> readings) {
    List<LoggerReading> unique = ReadingArbitraries.distinctByTime(readings);

    List<LoggerReading> parsed = LoggerCsv.parse(LoggerCsv.write(unique));

    assertThat(parsed).isEqualTo(unique);
  }

  @Property
  void should_read_back_the_same_readings_in_any_order(
      @ForAll("readings") @Size(min = 1, max = 40) List<LoggerReading> readings) {
    List<LoggerReading> unique = ReadingArbitraries.distinctByTime(readings);
    List<LoggerReading> reversed = new ArrayList<>(unique);
    java.util.Collections.reverse(reversed);

    assertThat(LoggerCsv.parse(LoggerCsv.write(reversed))).isEqualTo(unique);
  }

  @Property(tries = 2000)
  void should_never_fail_with_anything_but_a_logger_file_problem(@ForAll("texts") String text) {
    try {
      List<LoggerReading> parsed = LoggerCsv.parse(text);
      assertThat(parsed)
          .isNotEmpty()
          .isSortedAccordingTo(Comparator.comparing(LoggerReading::recordedAt));
    } catch (LoggerFileProblem problem) {
      assertThat(problem.place()).matches("line [0-9]+|file");
      assertThat(problem.reason()).isNotBlank();
    }
  }

  @Property(tries = 1000)
  void should_point_a_damaged_line_out_by_its_number(
      @ForAll("readings") @Size(min = 2, max = 20) List<LoggerReading> readings,
      @ForAll("damage") String damage) {
    List<LoggerReading> unique = ReadingArbitraries.distinctByTime(readings);
    List<String> lines = new ArrayList<>(LoggerCsv.write(unique).lines().toList());
    int damaged = 1 + Math.abs(damage.hashCode()) % (lines.size() - 1);
    String[] cells = lines.get(damaged).split(",", -1);
    cells[1] = damage;
    lines.set(damaged, String.join(",", cells));
    Instant at = unique.get(damaged - 1).recordedAt();
    try {
      List<LoggerReading> parsed = LoggerCsv.parse(String.join("\n", lines));
      // Accepted only as the number it plainly is.
      String plain = damage.strip().replace("\"", "");
      assertThat(
              parsed.stream()
                  .filter(r -> r.recordedAt().equals(at))
                  .findFirst()
                  .orElseThrow()
                  .temperatureCelsius())
          .isEqualByComparingTo(new BigDecimal(plain));
    } catch (LoggerFileProblem problem) {
      assertThat(problem.place()).isEqualTo("line " + (damaged + 1));
    }
  }

  @Provide
  Arbitrary<String> damage() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(8).excludeChars(',', '\n', '\r'),
        Arbitraries.of(
            "", "abc", "1e5", "+5", "-273.16", "100.001", "NaN", "-0.0001", "\"\"", "-"));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> fragments =
        Arbitraries.oneOf(
            Arbitraries.of(
                "time",
                "temperatureCelsius",
                "latitude",
                "longitude",
                "tiltDegrees",
                "shockG",
                ",",
                "\n",
                "\r\n",
                "\"",
                "#",
                "2026-11-24T10:00:00+09:00",
                "2026-11-24T10:00:00Z",
                "2026-02-30T10:00:00Z",
                "-180.5",
                "91",
                "1e9",
                "-",
                ".",
                " ",
                "\uFEFF",
                "\u0000"),
            Arbitraries.strings().ofMaxLength(6));
    return fragments.list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<List<LoggerReading>> readings() {
    return ReadingArbitraries.reading().list();
  }
}
