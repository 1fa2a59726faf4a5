package org.openv2v.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A planning run: RUNNING with {@code progress} as the share of its time limit spent, then DONE (or
 * FAILED) with the score, each constraint's part of it, and the plan compared with first come,
 * first served on the same cases. Waits run from listing to earliest infusion; the means are
 * weighted by clinical priority. Assignments are proposals until a coordinator accepts them; the
 * caller sees those of cases at their own sites.
 */
public record PlanningRunView(
    UUID id,
    String status,
    double progress,
    Optional<String> score,
    List<ConstraintScore> scoreByConstraint,
    int cases,
    Optional<Double> weightedMeanWaitDays,
    Optional<Double> fifoWeightedMeanWaitDays,
    Optional<Integer> maxWaitDays,
    Optional<Integer> fifoMaxWaitDays,
    int maxWaitDaysAllowed,
    Optional<Integer> unassigned,
    Optional<Integer> fifoUnassigned,
    int timeLimitSeconds,
    Instant startedAt,
    Optional<Instant> finishedAt,
    Optional<String> error,
    List<Assignment> assignments) {

  public record ConstraintScore(String constraint, String score, int matches) {}

  /** One case's proposal; the slot and dates are absent when the plan leaves it waiting. */
  public record Assignment(
      UUID caseId,
      String centreId,
      String apheresisSiteId,
      double priority,
      Optional<String> optionId,
      Optional<LocalDate> apheresisDate,
      Optional<SlotView> manufacturingSlot,
      Optional<LocalDate> expectedReleaseDate,
      Optional<LocalDate> expectedArrivalDate,
      Optional<LocalDate> earliestInfusionDate,
      Optional<Integer> waitDays,
      Optional<Integer> fifoWaitDays,
      String decision,
      Optional<String> decidedBy,
      Optional<Instant> decidedAt) {}
}
