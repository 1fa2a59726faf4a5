package org.openv2v.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openv2v.custody.domain.EventFields.TimeProblem;

class EventFieldsTests {

  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  static Stream<Arguments> deviceTimes() {
    return Stream.of(
        Arguments.of(NOW, Optional.empty()),
        Arguments.of(EventFields.EARLIEST, Optional.empty()),
        Arguments.of(
            EventFields.EARLIEST.minusSeconds(1), Optional.of(TimeProblem.BEFORE_EARLIEST)),
        Arguments.of(NOW.plus(Duration.ofHours(24)), Optional.empty()),
        Arguments.of(
            NOW.plus(Duration.ofHours(24)).plusSeconds(1),
            Optional.of(TimeProblem.AHEAD_OF_CLOCK)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("deviceTimes")
  void should_take_device_times_from_2000_to_a_day_ahead(
      Instant deviceTime, Optional<TimeProblem> want) {
    assertThat(EventFields.deviceTime(deviceTime, NOW)).isEqualTo(want);
  }

  static Stream<Arguments> notes() {
    return Stream.of(
        Arguments.of("plain", true),
        Arguments.of("line\nbreak\r\nand\ttab", true),
        Arguments.of("한국어 메모", true),
        Arguments.of("emoji \uD83E\uDDEA", true),
        Arguments.of("nul \u0000", false),
        Arguments.of("bell \u0007", false),
        Arguments.of("delete \u007f", false),
        Arguments.of("lone high \uD83E", false),
        Arguments.of("lone low \uDDEA x", false));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("notes")
  void should_refuse_control_characters_and_lone_surrogates(String note, boolean printable) {
    assertThat(EventFields.printable(note)).isEqualTo(printable);
  }

  static Stream<Arguments> scans() {
    return Stream.of(
        Arguments.of(List.of(), List.of(), null),
        Arguments.of(
            List.of("=a9999 2600000 100", "b"), List.of("=A999926000001" + "00", "B"), null),
        Arguments.of(List.of("a", " "), List.of(), new EventFields.ScanProblem(1, true, "")),
        Arguments.of(Arrays.asList("a", null), List.of(), new EventFields.ScanProblem(1, true, "")),
        Arguments.of(
            List.of("ab", "c", "A B"), List.of(), new EventFields.ScanProblem(2, false, "AB")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scans")
  void should_normalise_units_and_refuse_blank_or_twice_scanned(
      List<String> scanned, List<String> units, EventFields.ScanProblem problem) {
    EventFields.Scans scans = EventFields.scans(scanned);
    assertThat(scans.units()).isEqualTo(units);
    assertThat(scans.problem()).isEqualTo(Optional.ofNullable(problem));
  }
}
