package org.openv2v.scheduling.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The judged instance: 300 waiting cases, 14 centres, 3 facilities, 26 weeks. The planner must beat
 * first come, first served on priority-weighted wait, and keep every case within the maximum wait
 * when a plan that does so exists (first come, first served is the witness that one does).
 */
class PlannerTests {

  static final int MAX_WAIT_DAYS = 180;
  static final PlanningInstances.Shape JUDGED =
      new PlanningInstances.Shape(300, 14, 3, 26, MAX_WAIT_DAYS);

  @Test
  void should_beat_first_come_first_served_on_priority_weighted_wait_without_passing_the_maximum() {
    Plan problem = PlanningInstances.generate(20261124L, JUDGED, LocalDate.of(2026, 12, 1));
    Planner.Result result =
        Planner.solve(
            SolverFactory.create(PlannerConfig.solverConfig(Duration.ofSeconds(5))),
            problem,
            Duration.ofSeconds(5),
            (millis, score) -> {});
    PlanOutcome fifo = result.fifo();
    PlanOutcome planned = result.outcome();
    Plan solved = result.plan();
    // First come, first served is the witness that a plan within the maximum exists.
    assertThat(fifo.unassigned()).isZero();
    assertThat(fifo.maxWaitDays()).isLessThanOrEqualTo(MAX_WAIT_DAYS);

    System.out.printf(
        "300 cases: planner %s weighted mean %.1f d (max %d), FCFS %.1f d (max %d)%n",
        solved.score(),
        planned.weightedMeanWaitDays(),
        planned.maxWaitDays(),
        fifo.weightedMeanWaitDays(),
        fifo.maxWaitDays());
    assertThat(solved.score().hardScore()).isZero();
    assertThat(planned.unassigned()).isZero();
    assertThat(planned.maxWaitDays()).isLessThanOrEqualTo(MAX_WAIT_DAYS);
    assertThat(planned.weightedMeanWaitDays()).isLessThan(fifo.weightedMeanWaitDays());
  }
}
