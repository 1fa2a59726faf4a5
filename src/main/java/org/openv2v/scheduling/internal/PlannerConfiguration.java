package org.openv2v.scheduling.internal;

import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import org.openv2v.scheduling.domain.plan.Plan;
import org.openv2v.scheduling.domain.plan.PlannerConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Timefold wired by hand: the Boot starter of Timefold 1.32 does not run on Boot 4 (pom.xml). Each
 * run overrides the time limit it was asked for.
 */
@Configuration(proxyBeanMethods = false)
class PlannerConfiguration {

  @Bean
  SolverFactory<Plan> planSolverFactory(SchedulingProperties properties) {
    return SolverFactory.create(
        PlannerConfig.solverConfig(Duration.ofSeconds(properties.plannerSeconds())));
  }
}
