package org.openv2v.forecast.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The scoring math on cases worked out by hand. */
class ScoresTests {

  /** A chance given and what happened (null: not known yet). */
  record Pair(double p, Boolean happened) {}

  static Stream<Arguments> brier() {
    return Stream.of(
        // always right and sure: 0
        Arguments.of(List.of(new Pair(1, true), new Pair(0, false)), 0.0, 2),
        // always wrong and sure: 1
        Arguments.of(List.of(new Pair(0, true), new Pair(1, false)), 1.0, 2),
        // always 50%: 0.25 whatever happened
        Arguments.of(
            List.of(new Pair(0.5, true), new Pair(0.5, false), new Pair(0.5, true)), 0.25, 3),
        // (0.8-1)^2 = 0.04, (0.3-0)^2 = 0.09, (0.6-0)^2 = 0.36: mean 0.49/3
        Arguments.of(
            List.of(new Pair(0.8, true), new Pair(0.3, false), new Pair(0.6, false)), 0.49 / 3, 3),
        // outcomes not known yet are left out: only (0.9-1)^2 = 0.01 counts
        Arguments.of(
            List.of(new Pair(0.9, true), new Pair(0.1, null), new Pair(0.7, null)), 0.01, 1));
  }

  @ParameterizedTest
  @MethodSource
  void brier(List<Pair> pairs, double expected, int scored) {
    Scores.Calibration c =
        Scores.calibration(pairs, Pair::p, p -> Optional.ofNullable(p.happened()));
    assertThat(c.brier()).isCloseTo(expected, within(1e-12));
    assertThat(c.scored()).isEqualTo(scored);
  }

  @Test
  void nothing_known_gives_no_score() {
    Scores.Calibration c =
        Scores.calibration(
            List.of(new Pair(0.4, null)), Pair::p, p -> Optional.ofNullable(p.happened()));
    assertThat(c.brier()).isNaN();
    assertThat(c.scored()).isZero();
    assertThat(c.bins()).isEmpty();
  }

  @Test
  void calibration_bins_hold_the_mean_chance_and_the_share_that_happened() {
    List<Pair> pairs = new ArrayList<>();
    // four forecasts of 0.85 and 0.95 → bins 0.8–0.9 (3 of 4 happened) and 0.9–1 (both happened)
    pairs.add(new Pair(0.85, true));
    pairs.add(new Pair(0.85, true));
    pairs.add(new Pair(0.85, false));
    pairs.add(new Pair(0.81, true));
    pairs.add(new Pair(0.95, true));
    pairs.add(new Pair(1.0, true)); // 1.0 falls into the top bin, not an eleventh
    pairs.add(new Pair(0.0, false));
    Scores.Calibration c = Scores.calibration(pairs, Pair::p, p -> Optional.of(p.happened()));
    assertThat(c.bins()).hasSize(3);
    Scores.Bin low = c.bins().get(0);
    assertThat(low.lower()).isEqualTo(0.0);
    assertThat(low.count()).isEqualTo(1);
    assertThat(low.observed()).isEqualTo(0.0);
    Scores.Bin eighty = c.bins().get(1);
    assertThat(eighty.lower()).isCloseTo(0.8, within(1e-12));
    assertThat(eighty.count()).isEqualTo(4);
    assertThat(eighty.meanPredicted()).isCloseTo((0.85 * 3 + 0.81) / 4, within(1e-12));
    assertThat(eighty.observed()).isEqualTo(0.75);
    Scores.Bin top = c.bins().get(2);
    assertThat(top.count()).isEqualTo(2);
    assertThat(top.observed()).isEqualTo(1.0);
  }

  @Test
  void a_chance_outside_zero_to_one_is_refused() {
    assertThatThrownBy(
            () ->
                Scores.calibration(
                    List.of(new Pair(1.2, true)), Pair::p, p -> Optional.of(p.happened())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Stream<Arguments> coverage() {
    LocalDate p10 = LocalDate.of(2026, 3, 10);
    LocalDate p90 = LocalDate.of(2026, 3, 20);
    return Stream.of(
        Arguments.of("inside", p10, p90, LocalDate.of(2026, 3, 15), Optional.of(true)),
        Arguments.of("on p10", p10, p90, p10, Optional.of(true)),
        Arguments.of("on p90", p10, p90, p90, Optional.of(true)),
        Arguments.of("a day early", p10, p90, p10.minusDays(1), Optional.of(false)),
        Arguments.of("a day late", p10, p90, p90.plusDays(1), Optional.of(false)),
        Arguments.of("no dates forecast", null, null, p10, Optional.of(false)),
        Arguments.of("not infused", p10, p90, null, Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void coverage(
      String name, LocalDate p10, LocalDate p90, LocalDate infused, Optional<Boolean> covered) {
    assertThat(forecast(p10, p90, infused).covered()).isEqualTo(covered);
  }

  @Test
  void coverage_is_the_share_of_infused_cases_inside_their_interval() {
    LocalDate p10 = LocalDate.of(2026, 3, 10);
    LocalDate p90 = LocalDate.of(2026, 3, 20);
    List<ScoredForecast> forecasts =
        List.of(
            forecast(p10, p90, LocalDate.of(2026, 3, 12)),
            forecast(p10, p90, LocalDate.of(2026, 3, 19)),
            forecast(p10, p90, LocalDate.of(2026, 3, 25)),
            forecast(p10, p90, LocalDate.of(2026, 3, 10)),
            forecast(p10, p90, null));
    Scores.Coverage c = Scores.coverage(forecasts);
    assertThat(c.infused()).isEqualTo(4);
    assertThat(c.share()).isEqualTo(0.75);
    assertThat(Scores.coverage(List.of(forecast(p10, p90, null))).share()).isNaN();
  }

  private static ScoredForecast forecast(LocalDate p10, LocalDate p90, LocalDate infused) {
    return new ScoredForecast(
        LocalDate.of(2026, 3, 1),
        UUID.randomUUID(),
        0.9,
        0.8,
        Optional.ofNullable(p10),
        Optional.ofNullable(p90),
        Optional.ofNullable(infused).map(d -> true),
        Optional.empty(),
        Optional.ofNullable(infused));
  }
}
