package org.openv2v.forecast.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openv2v.cases.CaseHistory;
import org.openv2v.cases.OpenCase;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.scheduling.CapacityView;
import org.openv2v.scheduling.SlotView;
import org.openv2v.simulation.network.BuiltInScenarios;
import org.openv2v.simulation.reference.ReferenceVocabulary;

/** A past day's queue rebuilt from the recorded steps, and a period replayed on it. */
class PastQueueTests {

  static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  /** A case infused two days ago, through one failed manufacture and a second collection. */
  static final CaseHistory INFUSED =
      history(
          "infused",
          step(CaseState.REFERRED, 90),
          step(CaseState.ELIGIBILITY_CONFIRMED, 83),
          step(CaseState.PAYER_APPROVED, 76),
          step(CaseState.APHERESIS_SCHEDULED, 69),
          step(CaseState.APHERESIS_COLLECTED, 64),
          step(CaseState.SHIPPED_TO_MANUFACTURER, 63),
          step(CaseState.IN_MANUFACTURING, 61),
          step(CaseState.MANUFACTURING_FAILED, 42),
          step(CaseState.APHERESIS_SCHEDULED, 39),
          step(CaseState.APHERESIS_COLLECTED, 34),
          step(CaseState.SHIPPED_TO_MANUFACTURER, 33),
          step(CaseState.IN_MANUFACTURING, 31),
          step(CaseState.RELEASED, 12),
          step(CaseState.SHIPPED_TO_SITE, 10),
          step(CaseState.RECEIVED_AT_SITE, 8),
          step(CaseState.LYMPHODEPLETION, 6),
          step(CaseState.INFUSED, 2),
          step(CaseState.MONITORING, 2));

  static final CaseHistory WITHDRAWN =
      history(
          "withdrawn",
          step(CaseState.REFERRED, 50),
          step(CaseState.ELIGIBILITY_CONFIRMED, 43),
          step(CaseState.WITHDRAWN, 20));

  static final CaseHistory OPEN =
      history("open", step(CaseState.REFERRED, 30), step(CaseState.ELIGIBILITY_CONFIRMED, 25));

  static Stream<Arguments> asOf() {
    return Stream.of(
        // days before now, expected state (null: not open before infusion), days in it, failures
        Arguments.of(INFUSED, 100, null, 0, 0), // not yet referred
        Arguments.of(INFUSED, 90, CaseState.REFERRED, 0, 0), // the very moment of referral
        Arguments.of(INFUSED, 70, CaseState.PAYER_APPROVED, 6, 0),
        Arguments.of(INFUSED, 50, CaseState.IN_MANUFACTURING, 11, 0),
        Arguments.of(INFUSED, 40, CaseState.MANUFACTURING_FAILED, 2, 1),
        Arguments.of(INFUSED, 20, CaseState.IN_MANUFACTURING, 11, 1),
        Arguments.of(INFUSED, 3, CaseState.LYMPHODEPLETION, 3, 1),
        Arguments.of(INFUSED, 1, null, 0, 0), // infused: no longer forecast
        Arguments.of(WITHDRAWN, 30, CaseState.ELIGIBILITY_CONFIRMED, 13, 0),
        Arguments.of(WITHDRAWN, 10, null, 0, 0),
        Arguments.of(OPEN, 0, CaseState.ELIGIBILITY_CONFIRMED, 25, 0));
  }

  @ParameterizedTest
  @MethodSource
  void asOf(CaseHistory h, int daysAgo, CaseState state, int daysInState, int failures) {
    Instant at = NOW.minus(Duration.ofDays(daysAgo));
    Optional<OpenCase> then = PastQueue.asOf(h, at);
    if (state == null) {
      assertThat(then).isEmpty();
      return;
    }
    OpenCase c = then.orElseThrow();
    assertThat(c.state()).isEqualTo(state);
    assertThat(Duration.between(c.stateSince(), at).toDays()).isEqualTo(daysInState);
    assertThat(c.failures()).isEqualTo(failures);
    assertThat(c.reference()).isEmpty();
    assertThat(c.din()).isEmpty();
  }

  @Test
  void outcomes_are_read_from_the_whole_record() {
    assertThat(Outcome.of(INFUSED).reachedInfusion()).contains(true);
    assertThat(Outcome.of(WITHDRAWN).reachedInfusion()).contains(false);
    assertThat(Outcome.of(OPEN).reachedInfusion()).isEmpty();
    Instant twoDaysAgo = NOW.minus(Duration.ofDays(2));
    // infused two days ago: within a window ending then, not within one ending the day before
    assertThat(Outcome.of(INFUSED).infusedBy(twoDaysAgo, NOW)).contains(true);
    assertThat(Outcome.of(INFUSED).infusedBy(twoDaysAgo.minus(Duration.ofDays(1)), NOW))
        .contains(false);
    // still open: not infused by a deadline that has passed, not known for one to come
    assertThat(Outcome.of(OPEN).infusedBy(NOW.minus(Duration.ofDays(1)), NOW)).contains(false);
    assertThat(Outcome.of(OPEN).infusedBy(NOW.plus(Duration.ofDays(1)), NOW)).isEmpty();
    assertThat(Outcome.of(WITHDRAWN).infusedBy(NOW.plus(Duration.ofDays(60)), NOW)).contains(false);
  }

  @Test
  void past_capacity_is_the_published_average_every_week_all_free() {
    LocalDate monday = LocalDate.of(2026, 6, 1);
    CapacityView now =
        capacity(slot("US-NVS-MP", "tisa-cel", 2, 2), slot("US-NVS-MP", "tisa-cel", 4, 0));
    CapacityView past = PastQueue.steadyCapacity(now, monday);
    assertThat(past.slots()).hasSize(1);
    assertThat(past.slots().get(0).capacity()).isEqualTo(3);
    assertThat(past.slots().get(0).booked()).isZero();
    assertThat(past.slots().get(0).weekStart()).isEqualTo(monday);
  }

  @Test
  void a_period_replayed_scores_each_day_s_forecasts_against_what_happened() {
    Backtest backtest =
        new Backtest(BuiltInScenarios.load("korea-2023", ReferenceVocabulary.get()), SEOUL);
    LocalDate today = NOW.atZone(SEOUL).toLocalDate();
    Backtest.Settings settings =
        new Backtest.Settings(today.minusDays(84), today.plusDays(14), 7, 1, 200, 1, 78, 90);
    List<CaseHistory> histories = List.of(INFUSED, WITHDRAWN, OPEN);
    CapacityView capacity = capacity(slot("US-NVS-MP", "tisa-cel", 3, 0));
    Backtest.Result result = backtest.run(histories, capacity, settings, NOW);
    // days after the records were read are not replayed: 84/7 + 1 = 13
    assertThat(result.daysReplayed()).isEqualTo(13);
    // INFUSED is open on 12 of them (84 days ago it was not yet referred... it was: 90 > 84,
    // so from 84 to 7 days ago), WITHDRAWN from 49 to 21 days ago, OPEN from 28 days ago on
    long infused = result.forecasts().stream().filter(f -> f.caseId().equals(INFUSED.id())).count();
    long withdrawn =
        result.forecasts().stream().filter(f -> f.caseId().equals(WITHDRAWN.id())).count();
    long open = result.forecasts().stream().filter(f -> f.caseId().equals(OPEN.id())).count();
    assertThat(infused).isEqualTo(12);
    assertThat(withdrawn).isEqualTo(5);
    assertThat(open).isEqualTo(5);
    assertThat(result.reached().scored()).isEqualTo(17); // the open case's outcome is not known
    assertThat(result.coverage().infused()).isEqualTo(12);
    for (ScoredForecast f : result.forecasts()) {
      assertThat(f.probabilityWithin()).isBetween(0.0, f.probabilityInfused());
    }
    // The infused case's last forecast, 7 days ago in lymphodepletion, is sure and near
    ScoredForecast last =
        result.forecasts().stream()
            .filter(f -> f.caseId().equals(INFUSED.id()))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(last.probabilityWithin()).isGreaterThan(0.9);
    assertThat(last.covered()).isPresent();
    // The same seed and records give the same scores
    assertThat(backtest.run(histories, capacity, settings, NOW).within().brier())
        .isEqualTo(result.within().brier());
  }

  static CapacityView capacity(SlotView... slots) {
    return new CapacityView(List.of(), List.of(slots), List.of(), List.of(), List.of());
  }

  static SlotView slot(String facility, String product, int capacity, int booked) {
    LocalDate week = LocalDate.of(2026, 11, 30);
    return new SlotView(
        UUID.randomUUID(), facility, product, week, week.plusDays(6), capacity, booked, 21);
  }

  record Step(CaseState state, int daysAgo) {}

  static Step step(CaseState state, int daysAgo) {
    return new Step(state, daysAgo);
  }

  static CaseHistory history(String name, Step... steps) {
    List<CaseHistory.Step> recorded = new ArrayList<>();
    for (Step s : steps) {
      recorded.add(new CaseHistory.Step(s.state(), NOW.minus(Duration.ofDays(s.daysAgo()))));
    }
    return new CaseHistory(
        UUID.nameUUIDFromBytes(name.getBytes()),
        "tisa-cel",
        "DLBCL",
        "KR-SNUH",
        "KR-SNUH",
        "US-NVS-MP",
        Optional.empty(),
        recorded);
  }
}
