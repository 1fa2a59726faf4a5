package org.openv2v.forecast.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.simulation.engine.Distribution;

/**
 * The forward simulation on small queues built by hand: reproducible with a seed, and moving the
 * right way after a booking, a slot cut and a manufacturing failure.
 */
class ForwardSimulationTests {

  static final QueuedCase.Hazards DLBCL = new QueuedCase.Hazards(0.00355, 0.0038, 0.7);
  static final Pathway PATHWAY =
      new Pathway(
          Distribution.LogNormal.ofMedian(11, 0.5),
          Distribution.LogNormal.ofMedian(7, 0.4),
          0.15,
          Distribution.LogNormal.ofMedian(7, 0.5),
          0.03,
          new Distribution.Fixed(6),
          0.042,
          0.293,
          0.328);

  static Queue queue(int... free) {
    return new Queue(
        "Q",
        free,
        0,
        1,
        Distribution.LogNormal.ofMedian(2, 0.3),
        Distribution.LogNormal.ofMedian(21, 0.25),
        Distribution.LogNormal.ofMedian(2, 0.3),
        3);
  }

  static QueuedCase waiting(UUID id, double priority, double listed) {
    return new QueuedCase(
        id, CaseState.PAYER_APPROVED, 2, DLBCL, "Q", Double.NaN, -1, priority, listed, 1);
  }

  static QueuedCase inState(UUID id, CaseState state, double days) {
    return new QueuedCase(id, state, days, DLBCL, "Q", Double.NaN, -1, 2, -days, 1);
  }

  /** Twenty cases waiting for a queue with one free unit a week: the last wait months. */
  static List<QueuedCase> crowd() {
    List<QueuedCase> cases = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      cases.add(waiting(new UUID(0, i), 2, -30 + i));
    }
    return cases;
  }

  static CaseForecast of(UUID id, List<CaseForecast> forecasts) {
    return forecasts.stream().filter(f -> f.caseId().equals(id)).findFirst().orElseThrow();
  }

  static List<CaseForecast> run(List<QueuedCase> cases, Queue queue, long seed) {
    return new ForwardSimulation(cases, Map.of("Q", queue), PATHWAY, 78).run(300, seed, 2);
  }

  @Test
  void should_give_the_same_forecast_for_the_same_seed_and_state_at_any_thread_count() {
    List<QueuedCase> cases = crowd();
    var one = new ForwardSimulation(cases, Map.of("Q", queue(1, 1, 1)), PATHWAY, 78).run(200, 7, 1);
    var two = new ForwardSimulation(cases, Map.of("Q", queue(1, 1, 1)), PATHWAY, 78).run(200, 7, 2);
    assertThat(one).isEqualTo(two);
    var other =
        new ForwardSimulation(cases, Map.of("Q", queue(1, 1, 1)), PATHWAY, 78).run(200, 8, 2);
    assertThat(other).isNotEqualTo(one);
  }

  @Test
  void should_bring_the_date_forward_and_the_chance_up_when_the_last_in_line_is_booked() {
    List<QueuedCase> cases = crowd();
    UUID last = cases.get(19).id();
    CaseForecast waitingLast = of(last, run(cases, queue(1, 1, 1, 1), 5));
    // Booked into a unit of its own in week 1 (the slot's capacity already counts it).
    cases.set(
        19, new QueuedCase(last, CaseState.APHERESIS_SCHEDULED, 0, DLBCL, "Q", 4, 1, 2, -11, 1));
    CaseForecast booked = of(last, run(cases, queue(1, 1, 1, 1), 5));
    assertThat(booked.p50Day()).isLessThan(waitingLast.p50Day() - 30);
    assertThat(booked.probabilityInfused()).isGreaterThan(waitingLast.probabilityInfused() + 0.1);
    assertThat(booked.slotWaitP50Days()).isZero();
    assertThat(waitingLast.slotWaitP50Days()).isGreaterThan(60);
    assertThat(waitingLast.mainRisk()).isEqualTo(Risk.SLOT_WAIT);
  }

  @Test
  void should_move_the_date_later_when_the_manufacturer_cuts_slots() {
    List<QueuedCase> cases = crowd();
    UUID fifth = cases.get(4).id();
    CaseForecast before = of(fifth, run(cases, queue(2, 2, 2, 2, 2, 2), 5));
    CaseForecast after = of(fifth, run(cases, queue(0, 0, 2, 2, 2, 2), 5));
    assertThat(after.p50Day()).isGreaterThan(before.p50Day() + 7);
    assertThat(after.probabilityInfused()).isLessThanOrEqualTo(before.probabilityInfused());
  }

  @Test
  void should_move_the_date_later_and_the_chance_down_after_a_manufacturing_failure() {
    UUID id = UUID.randomUUID();
    CaseForecast making =
        of(id, run(List.of(inState(id, CaseState.IN_MANUFACTURING, 5)), queue(1, 1, 1), 3));
    CaseForecast failed =
        of(id, run(List.of(inState(id, CaseState.MANUFACTURING_FAILED, 0)), queue(1, 1, 1), 3));
    // A new collection, a new slot and a whole new manufacture: at least a week later even with
    // a slot free this week.
    assertThat(failed.p50Day()).isGreaterThan(making.p50Day() + 7);
    assertThat(failed.probabilityInfused()).isLessThan(making.probabilityInfused());
    assertThat(making.probabilityInfused()).isGreaterThan(0.8);
  }

  @Test
  void should_name_no_slot_when_nothing_is_free_within_the_horizon() {
    UUID id = UUID.randomUUID();
    Queue none =
        new Queue(
            "Q",
            new int[0],
            0,
            0,
            new Distribution.Fixed(2),
            new Distribution.Fixed(21),
            new Distribution.Fixed(2),
            2);
    CaseForecast f =
        new ForwardSimulation(List.of(waiting(id, 2, 0)), Map.of("Q", none), PATHWAY, 10)
            .run(100, 1, 1)
            .get(0);
    assertThat(f.probabilityInfused()).isZero();
    assertThat(Double.isNaN(f.p50Day())).isTrue();
    assertThat(f.mainRisk()).isIn(Risk.NO_SLOT, Risk.PROGRESSION, Risk.DEATH, Risk.SLOT_WAIT);
    assertThat(f.losses().get(Risk.NO_SLOT)).isGreaterThan(0.3);
  }

  @Test
  void should_forecast_a_product_on_its_way_back_within_days() {
    UUID id = UUID.randomUUID();
    CaseForecast f = of(id, run(List.of(inState(id, CaseState.SHIPPED_TO_SITE, 1)), queue(1), 3));
    assertThat(f.p10Day()).isGreaterThan(0);
    assertThat(f.p90Day()).isLessThan(15);
    assertThat(f.probabilityInfused()).isGreaterThan(0.9);
  }
}
