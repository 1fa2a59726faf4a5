package org.openv2v.scheduling.domain.plan;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The planner's rules. Hard: what makes a plan impossible (capacity, product, transit, the
 * patient's window). Medium: fairness, so that no case waits past the maximum and none is left out
 * while capacity exists. Soft: waiting weighted by clinical priority, because patients progress
 * while they wait (69% relapsed waiting for ide-cel apheresis; evidence §2.3).
 */
public class PlanConstraints implements ConstraintProvider {

  /** Leaving a case without a slot costs more than any number of days over the maximum. */
  static final long UNASSIGNED_PENALTY = 100_000;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      slotCapacity(factory),
      productFacilityMatch(factory),
      chairCapacity(factory),
      transitTime(factory),
      patientWindow(factory),
      caseLeftWithoutSlot(factory),
      waitBeyondMaximum(factory),
      priorityWeightedWait(factory)
    };
  }

  Constraint slotCapacity(ConstraintFactory factory) {
    return factory
        .forEach(WaitingCase.class)
        .filter(WaitingCase::isAssigned)
        .groupBy(WaitingCase::slot, count())
        .filter((slot, booked) -> booked > slot.capacity())
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (slot, booked) -> booked - slot.capacity())
        .asConstraint("Slot capacity");
  }

  Constraint productFacilityMatch(ConstraintFactory factory) {
    return factory
        .forEach(WaitingCase.class)
        .filter(c -> c.isAssigned() && !c.matchesProduct(c.slot()))
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint("Product made at facility");
  }

  Constraint chairCapacity(ConstraintFactory factory) {
    return factory
        .forEach(WaitingCase.class)
        .filter(WaitingCase::isAssigned)
        .groupBy(WaitingCase::apheresisSiteId, WaitingCase::apheresisDay, count())
        .join(ChairCalendar.class)
        .filter((site, day, booked, chairs) -> booked > chairs.freeChairs(site, day))
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD,
            (site, day, booked, chairs) -> booked - chairs.freeChairs(site, day))
        .asConstraint("Apheresis chair capacity");
  }

  Constraint transitTime(ConstraintFactory factory) {
    return factory
        .forEach(WaitingCase.class)
        .filter(c -> c.isAssigned() && c.transitMissDays(c.slot(), c.apheresisOffset()) > 0)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD, c -> c.transitMissDays(c.slot(), c.apheresisOffset()))
        .asConstraint("Cells arrive in the slot's week");
  }

  Constraint patientWindow(ConstraintFactory factory) {
    return factory
        .forEach(WaitingCase.class)
        .filter(c -> c.isAssigned() && c.windowMissDays(c.apheresisDay()) > 0)
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, c -> c.windowMissDays(c.apheresisDay()))
        .asConstraint("Patient's window");
  }

  Constraint caseLeftWithoutSlot(ConstraintFactory factory) {
    return factory
        .forEachIncludingUnassigned(WaitingCase.class)
        .filter(c -> c.slot() == null)
        .penalizeLong(HardMediumSoftLongScore.ofMedium(UNASSIGNED_PENALTY))
        .asConstraint("Case left without a slot");
  }

  Constraint waitBeyondMaximum(ConstraintFactory factory) {
    return factory
        .forEach(WaitingCase.class)
        .filter(WaitingCase::isAssigned)
        .join(PlanningPolicy.class)
        .filter((c, policy) -> c.waitDays() > policy.maxWaitDays())
        .penalizeLong(
            HardMediumSoftLongScore.ONE_MEDIUM, (c, policy) -> c.waitDays() - policy.maxWaitDays())
        .asConstraint("Wait beyond the maximum");
  }

  Constraint priorityWeightedWait(ConstraintFactory factory) {
    return factory
        .forEach(WaitingCase.class)
        .filter(WaitingCase::isAssigned)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_SOFT,
            c -> (long) c.priorityWeight() * Math.max(0, c.waitDays()))
        .asConstraint("Priority-weighted wait");
  }
}
