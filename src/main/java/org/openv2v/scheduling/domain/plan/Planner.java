package org.openv2v.scheduling.domain.plan;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * How a plan is made: first come, first served on the cases as given is computed as the baseline
 * and used as the solver's starting plan, which the solver then improves within the time limit.
 * Starting from the baseline means a feasible plan exists from the first moment, every case that
 * first come, first served keeps within the maximum wait stays within it, and the result is never
 * worse than the baseline on the planner's score.
 */
public final class Planner {

  private Planner() {}

  /** The solved plan with its outcome and the baseline's, both on the same cases. */
  public record Result(
      Plan plan, PlanOutcome outcome, PlanOutcome fifo, Map<String, Choice> fifoChoices) {}

  /**
   * @param onBest called with the time spent (ms) and score each time the best plan improves
   */
  public static Result solve(
      SolverFactory<Plan> solvers,
      Plan problem,
      Duration timeLimit,
      BiConsumer<Long, HardMediumSoftLongScore> onBest) {
    Map<String, Choice> fifo = GreedyAllocation.firstComeFirstServed(problem);
    PlanOutcome baseline = PlanOutcome.of(problem, fifo);
    if (problem.cases().isEmpty()) {
      return new Result(problem, baseline, baseline, fifo);
    }
    GreedyAllocation.apply(problem, fifo);
    Solver<Plan> solver =
        solvers.buildSolver(new SolverConfigOverride<Plan>().withTerminationSpentLimit(timeLimit));
    solver.addEventListener(
        event ->
            onBest.accept(
                event.getTimeMillisSpent(), (HardMediumSoftLongScore) event.getNewBestScore()));
    Plan solved = solver.solve(problem);
    return new Result(
        solved, PlanOutcome.of(solved, PlanOutcome.choicesIn(solved)), baseline, fifo);
  }
}
