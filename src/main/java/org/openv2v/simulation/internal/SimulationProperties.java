package org.openv2v.simulation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of simulations started from the server ({@code openv2v.simulation.*}), so that planners
 * cannot starve the clinical side of the platform of CPU or memory.
 *
 * @param threadsPerRun threads one simulation uses; 0 means every core
 * @param queueCapacity simulations that may wait behind the running one before new ones are refused
 * @param maxReplications most replications one request may ask for
 * @param maxYears longest horizon one request may ask for
 * @param keptRuns finished simulations kept in the database with their reports (oldest dropped
 *     first)
 */
@ConfigurationProperties("openv2v.simulation")
public record SimulationProperties(
    @DefaultValue("0") int threadsPerRun,
    @DefaultValue("4") int queueCapacity,
    @DefaultValue("2000") int maxReplications,
    @DefaultValue("50") double maxYears,
    @DefaultValue("50") int keptRuns) {

  public int threads() {
    return threadsPerRun > 0 ? threadsPerRun : Runtime.getRuntime().availableProcessors();
  }
}
