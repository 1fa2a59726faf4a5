package org.openv2v.scheduling.domain.plan;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of the planner on its own, with the smallest plan that shows it. */
class PlanConstraintsTests {

  static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);
  static final LocalDate LISTED = LocalDate.of(2026, 12, 1);
  static final PlanSlot SLOT = new PlanSlot("F1/P1/w", "F1", "P1", MONDAY, 1, 20);
  static final PlanSlot OTHER_PRODUCT = new PlanSlot("F1/P2/w", "F1", "P2", MONDAY, 5, 20);
  static final ChairCalendar ONE_CHAIR_EVERY_DAY =
      new ChairCalendar(Map.of("C1", everyDay(1), "C2", everyDay(1)));

  final ConstraintVerifier<PlanConstraints, Plan> verifier =
      ConstraintVerifier.build(new PlanConstraints(), Plan.class, WaitingCase.class);

  /** A case at the centre, 2 days in transit each way, ready for collection from a date. */
  static WaitingCase waiting(String id, String centre, int weight, LocalDate earliest) {
    return new WaitingCase(
        id,
        "P1",
        centre,
        centre,
        weight,
        LISTED,
        earliest,
        Set.of(MONDAY.minusDays(4)),
        Map.of("F1", 2),
        Map.of("F1", 2),
        5,
        List.of(SLOT, OTHER_PRODUCT));
  }

  static WaitingCase assigned(String id, String centre, PlanSlot slot, int offset) {
    WaitingCase waiting = waiting(id, centre, 100, LISTED);
    waiting.assign(slot, offset);
    return waiting;
  }

  @Test
  void should_penalise_each_case_beyond_a_slots_capacity() {
    verifier
        .verifyThat(PlanConstraints::slotCapacity)
        .given(
            assigned("a", "C1", SLOT, 5),
            assigned("b", "C2", SLOT, 5),
            assigned("c", "C2", SLOT, 6))
        .penalizesBy(2);
  }

  @Test
  void should_not_penalise_a_slot_within_capacity() {
    verifier
        .verifyThat(PlanConstraints::slotCapacity)
        .given(assigned("a", "C1", SLOT, 5))
        .penalizesBy(0);
  }

  @Test
  void should_penalise_a_slot_of_another_product() {
    verifier
        .verifyThat(PlanConstraints::productFacilityMatch)
        .given(assigned("a", "C1", OTHER_PRODUCT, 5), assigned("b", "C1", SLOT, 5))
        .penalizesBy(1);
  }

  @Test
  void should_penalise_collections_beyond_the_free_chairs_of_a_day() {
    verifier
        .verifyThat(PlanConstraints::chairCapacity)
        .given(
            ONE_CHAIR_EVERY_DAY,
            assigned("a", "C1", SLOT, 5),
            assigned("b", "C1", SLOT, 5),
            assigned("c", "C2", SLOT, 5))
        .penalizesBy(1);
  }

  @Test
  void should_penalise_collection_on_a_day_without_chairs() {
    verifier
        .verifyThat(PlanConstraints::chairCapacity)
        .given(new ChairCalendar(Map.of()), assigned("a", "C1", SLOT, 5))
        .penalizesBy(1);
  }

  @Test
  void should_penalise_cells_arriving_outside_the_slots_week_by_the_days_missed() {
    // Offset 0 is the Monday a week before: collected then, the cells arrive 5 days early.
    verifier
        .verifyThat(PlanConstraints::transitTime)
        .given(assigned("early", "C1", SLOT, 0), assigned("in-week", "C1", SLOT, 7))
        .penalizesBy(5);
  }

  @Test
  void should_penalise_cells_arriving_after_the_slots_week() {
    // Offset 13 is the slot week's Sunday: the cells arrive on the Tuesday after, 2 days late.
    verifier
        .verifyThat(PlanConstraints::transitTime)
        .given(assigned("late", "C1", SLOT, 13))
        .penalizesBy(2);
  }

  @Test
  void should_penalise_collection_before_the_washout_ends_or_on_a_day_the_patient_cannot_come() {
    WaitingCase washout = waiting("washout", "C1", 100, MONDAY);
    washout.assign(SLOT, 5); // Saturday before MONDAY: 2 days early
    WaitingCase busy = waiting("busy", "C1", 100, LISTED);
    busy.assign(SLOT, 3); // Thursday MONDAY - 4: the patient's unavailable day
    verifier.verifyThat(PlanConstraints::patientWindow).given(washout, busy).penalizesBy(3);
  }

  @Test
  void should_count_a_case_left_without_a_slot() {
    WaitingCase left = waiting("left", "C1", 100, LISTED);
    verifier
        .verifyThat(PlanConstraints::caseLeftWithoutSlot)
        .given(left, assigned("b", "C1", SLOT, 5))
        .penalizesBy(1);
  }

  @Test
  void should_penalise_days_beyond_the_maximum_wait() {
    // Collected Saturday 9 Jan, arrives 11 Jan, released 31 Jan, back 2 Feb, infusion 7 Feb 2027:
    // 68 days after listing on 1 Dec 2026.
    WaitingCase waiting = assigned("a", "C1", SLOT, 5);
    verifier
        .verifyThat(PlanConstraints::waitBeyondMaximum)
        .given(new PlanningPolicy(60), waiting)
        .penalizesBy(8);
    verifier
        .verifyThat(PlanConstraints::waitBeyondMaximum)
        .given(new PlanningPolicy(68), waiting)
        .penalizesBy(0);
  }

  @Test
  void should_weigh_each_days_wait_by_priority() {
    WaitingCase urgent = waiting("urgent", "C1", 300, LISTED);
    urgent.assign(SLOT, 5);
    WaitingCase indolent = waiting("indolent", "C2", 100, LISTED);
    indolent.assign(SLOT, 5);
    verifier
        .verifyThat(PlanConstraints::priorityWeightedWait)
        .given(urgent, indolent)
        .penalizesBy(300 * 68 + 100 * 68);
  }

  private static Map<LocalDate, Integer> everyDay(int chairs) {
    Map<LocalDate, Integer> days = new java.util.HashMap<>();
    for (LocalDate d = LISTED; d.isBefore(LISTED.plusDays(120)); d = d.plusDays(1)) {
      days.put(d, chairs);
    }
    return days;
  }
}
