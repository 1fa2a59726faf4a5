package org.openv2v.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Excursion detection on recorded logger files and on the published handling test vectors. */
class ExcursionDetectorTests {

  /** Yescarta and Tecartus in LN₂ vapour: ≤ −150 °C (clinical-rules §7.2). */
  static final ColdChainRule LN2 =
      new ColdChainRule(
          Packaging.LN2_VAPOUR_DRY_SHIPPER,
          Optional.empty(),
          new BigDecimal("-150"),
          "Yescarta label",
          Duration.ofMinutes(10),
          Duration.ofMinutes(30),
          Optional.of(Duration.ofDays(10)),
          "10-day dewar");

  /** Fresh apheresis product, 2–8 °C (Kite NanoCool, platforms-and-standards §1.10). */
  static final ColdChainRule FRESH =
      new ColdChainRule(
          Packaging.FRESH_2_TO_8,
          Optional.of(new BigDecimal("2")),
          new BigDecimal("8"),
          "NanoCool 2-8 C",
          Duration.ofMinutes(10),
          Duration.ofMinutes(30),
          Optional.empty(),
          "");

  /** Kymriah: ≤ −120 °C (clinical-rules §7.2). */
  static final ColdChainRule KYMRIAH =
      new ColdChainRule(
          Packaging.LN2_VAPOUR_DRY_SHIPPER,
          Optional.empty(),
          new BigDecimal("-120"),
          "Kymriah label",
          Duration.ofMinutes(10),
          Duration.ofMinutes(30),
          Optional.empty(),
          "");

  record Expected(ExcursionKind kind, String from, String to, String peak) {}

  static Stream<Arguments> recordedFiles() {
    return Stream.of(
        Arguments.of("in-range.csv", LN2, List.of()),
        Arguments.of(
            "brief-excursion.csv",
            LN2,
            List.of(
                new Expected(
                    ExcursionKind.BRIEF_EXCURSION,
                    "2026-11-20T14:00+09:00",
                    "2026-11-20T14:05+09:00",
                    "-148.7"))),
        Arguments.of(
            "sustained-excursion.csv",
            LN2,
            List.of(
                new Expected(
                    ExcursionKind.SUSTAINED_EXCURSION,
                    "2026-11-20T14:00+09:00",
                    "2026-11-20T15:05+09:00",
                    "-121.4"))),
        Arguments.of(
            "data-gap.csv",
            LN2,
            List.of(
                new Expected(
                    ExcursionKind.DATA_GAP,
                    "2026-11-20T12:55+09:00",
                    "2026-11-20T15:00+09:00",
                    null))),
        Arguments.of(
            "fresh-sustained-excursion.json",
            FRESH,
            List.of(
                new Expected(
                    ExcursionKind.SUSTAINED_EXCURSION,
                    "2026-11-18T11:00+09:00",
                    "2026-11-18T11:40+09:00",
                    "11"))),
        Arguments.of(
            "in-range.csv",
            LN2.withHoldTime(Duration.ofHours(6), "a worn dewar"),
            List.of(
                new Expected(
                    ExcursionKind.HOLD_TIME_EXCEEDED,
                    "2026-11-20T15:00+09:00",
                    "2026-11-20T21:00+09:00",
                    null))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordedFiles")
  void should_find_exactly_the_expected_findings_in_each_recorded_logger_file(
      String file, ColdChainRule rule, List<Expected> expected) {
    String text = LoggerFiles.read(file);
    List<LoggerReading> readings =
        file.endsWith(".json")
            ? org.openv2v.logistics.internal.LoggerJson.parse(text)
            : LoggerCsv.parse(text);

    List<Excursion> found =
        ExcursionDetector.detect(readings, rule, Optional.empty(), Optional.empty());

    assertThat(found)
        .extracting(
            e ->
                new Expected(
                    e.kind(),
                    OffsetDateTime.ofInstant(e.startedAt(), java.time.ZoneOffset.ofHours(9))
                        .toString(),
                    OffsetDateTime.ofInstant(e.endedAt(), java.time.ZoneOffset.ofHours(9))
                        .toString(),
                    e.peakCelsius().map(BigDecimal::toPlainString).orElse(null)))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void should_grade_brief_excursions_as_warnings_and_sustained_ones_as_critical() {
    assertThat(ExcursionKind.BRIEF_EXCURSION.grade()).isEqualTo(ExcursionKind.Grade.WARNING);
    assertThat(ExcursionKind.SUSTAINED_EXCURSION.grade()).isEqualTo(ExcursionKind.Grade.CRITICAL);
    assertThat(ExcursionKind.DATA_GAP.grade()).isEqualTo(ExcursionKind.Grade.WARNING);
    assertThat(ExcursionKind.HOLD_TIME_EXCEEDED.grade()).isEqualTo(ExcursionKind.Grade.CRITICAL);
  }

  static Stream<Arguments> edges() {
    Instant t0 = Instant.parse("2026-11-24T01:00:00Z");
    return Stream.of(
        // clinical-rules §7.2 test vector: a storage log at −115 °C for Kymriah alarms (> −120 °C).
        Arguments.of(
            "Kymriah at -115 C alarms",
            KYMRIAH,
            List.of(LoggerReading.of(t0, "-150"), LoggerReading.of(t0.plusSeconds(300), "-115")),
            List.of(ExcursionKind.SUSTAINED_EXCURSION)),
        Arguments.of(
            "exactly at the limit is in range",
            LN2,
            List.of(
                LoggerReading.of(t0, "-150.000"), LoggerReading.of(t0.plusSeconds(300), "-150")),
            List.of()),
        Arguments.of(
            "a thousandth above the limit is out",
            LN2,
            List.of(
                LoggerReading.of(t0, "-149.999"), LoggerReading.of(t0.plusSeconds(300), "-160")),
            List.of(ExcursionKind.BRIEF_EXCURSION)),
        Arguments.of(
            "back in range exactly at the tolerance is brief",
            LN2,
            List.of(LoggerReading.of(t0, "-140"), LoggerReading.of(t0.plusSeconds(600), "-160")),
            List.of(ExcursionKind.BRIEF_EXCURSION)),
        Arguments.of(
            "back in range a second after the tolerance is sustained",
            LN2,
            List.of(LoggerReading.of(t0, "-140"), LoggerReading.of(t0.plusSeconds(601), "-160")),
            List.of(ExcursionKind.SUSTAINED_EXCURSION)),
        Arguments.of(
            "still out at the last reading is sustained",
            LN2,
            List.of(LoggerReading.of(t0, "-160"), LoggerReading.of(t0.plusSeconds(60), "-140")),
            List.of(ExcursionKind.SUSTAINED_EXCURSION)),
        Arguments.of(
            "below 2 C on the fresh leg is out",
            FRESH,
            List.of(
                LoggerReading.of(t0, "5"),
                LoggerReading.of(t0.plusSeconds(300), "1.5"),
                LoggerReading.of(t0.plusSeconds(600), "4")),
            List.of(ExcursionKind.BRIEF_EXCURSION)),
        Arguments.of(
            "a gap of exactly the allowed interval is no gap",
            LN2,
            List.of(LoggerReading.of(t0, "-180"), LoggerReading.of(t0.plusSeconds(1800), "-180")),
            List.of()),
        Arguments.of(
            "a gap a second longer is a gap",
            LN2,
            List.of(LoggerReading.of(t0, "-180"), LoggerReading.of(t0.plusSeconds(1801), "-180")),
            List.of(ExcursionKind.DATA_GAP)),
        Arguments.of(
            "order of the readings does not matter",
            LN2,
            List.of(
                LoggerReading.of(t0.plusSeconds(600), "-160"),
                LoggerReading.of(t0, "-160"),
                LoggerReading.of(t0.plusSeconds(300), "-120")),
            List.of(ExcursionKind.BRIEF_EXCURSION)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edges")
  void should_judge_the_edges_of_each_rule(
      String name, ColdChainRule rule, List<LoggerReading> readings, List<ExcursionKind> kinds) {
    assertThat(ExcursionDetector.detect(readings, rule, Optional.empty(), Optional.empty()))
        .extracting(Excursion::kind)
        .containsExactlyElementsOf(kinds);
  }

  @Test
  void should_run_the_hold_time_from_the_charge_and_stop_it_at_delivery() {
    Instant charged = Instant.parse("2026-11-10T00:00:00Z");
    List<LoggerReading> readings =
        List.of(
            LoggerReading.of(Instant.parse("2026-11-19T23:50:00Z"), "-180"),
            LoggerReading.of(Instant.parse("2026-11-20T00:10:00Z"), "-179"));

    assertThat(
            ExcursionDetector.detect(
                readings,
                LN2,
                Optional.of(charged),
                Optional.of(Instant.parse("2026-11-19T23:55:00Z"))))
        .isEmpty();
    List<Excursion> late =
        ExcursionDetector.detect(readings, LN2, Optional.of(charged), Optional.empty());
    assertThat(late).extracting(Excursion::kind).containsExactly(ExcursionKind.HOLD_TIME_EXCEEDED);
    assertThat(late.get(0).startedAt()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    assertThat(late.get(0).ongoing()).isTrue();
  }

  @Test
  void should_count_the_readings_out_of_range_and_keep_the_farthest_one() {
    List<Excursion> found =
        ExcursionDetector.detect(
            LoggerCsv.parse(LoggerFiles.read("sustained-excursion.csv")),
            LN2,
            Optional.empty(),
            Optional.empty());
    assertThat(found.get(0).readings()).isEqualTo(13);
    assertThat(found.get(0).duration()).isEqualTo(Duration.ofMinutes(65));
    assertThat(ExcursionWording.describe(found.get(0), LN2))
        .startsWith("Sustained temperature excursion: outside ≤ -150 °C from 2026-11-20T05:00:00Z")
        .contains("1 h 5 min", "13 readings", "peak -121.4 °C");
  }

  @Test
  void should_find_nothing_without_readings() {
    assertThat(ExcursionDetector.detect(List.of(), LN2, Optional.empty(), Optional.empty()))
        .isEmpty();
  }
}
