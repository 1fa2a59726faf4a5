package org.openv2v.scheduling.domain.plan;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;

/**
 * The solver set up by hand (the Timefold Boot starter does not run on Boot 4): one solution class,
 * one entity class, one constraint provider, and a time limit.
 *
 * <p>Local search is tabu search over the default change and swap moves, an entity tabu of 7 and
 * the best of 100 accepted moves per step. On the 300-case instance in 10 s it reached a
 * priority-weighted mean wait about 5.5% below first come, first served, against about 2% for the
 * default late acceptance (measured on this project's shared 2-core machine; docs/scheduling.md).
 */
public final class PlannerConfig {

  static final int ENTITY_TABU_SIZE = 7;
  static final int ACCEPTED_COUNT_LIMIT = 100;

  private PlannerConfig() {}

  public static SolverConfig solverConfig(Duration timeLimit) {
    return new SolverConfig()
        .withSolutionClass(Plan.class)
        .withEntityClasses(WaitingCase.class)
        .withConstraintProviderClass(PlanConstraints.class)
        .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
        .withPhases(
            new ConstructionHeuristicPhaseConfig(),
            new LocalSearchPhaseConfig()
                .withAcceptorConfig(
                    new LocalSearchAcceptorConfig().withEntityTabuSize(ENTITY_TABU_SIZE))
                .withForagerConfig(
                    new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT)))
        .withTerminationSpentLimit(timeLimit);
  }
}
