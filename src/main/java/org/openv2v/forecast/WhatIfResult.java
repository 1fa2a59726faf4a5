package org.openv2v.forecast;

import java.time.Instant;

/**
 * The live queue as it is against the queue with the changes, over the next {@code days}: expected
 * infusions and losses before infusion (progression or death, while waiting for a slot included),
 * each a mean across replications with its 95% interval; the changes are compared replication by
 * replication on the same random numbers, so the difference has its own, narrower interval.
 */
public record WhatIfResult(
    int days,
    int openCases,
    Figure infusionsNow,
    Figure infusionsWithChanges,
    Figure infusionsDifference,
    Figure lossesNow,
    Figure lossesWithChanges,
    Figure lossesDifference,
    Instant computedAt,
    String modelVersion,
    long seed,
    int replications) {

  /** A mean with its 95% interval (Student's t across replications). */
  public record Figure(double mean, double lower, double upper) {}
}
