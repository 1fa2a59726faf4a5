package org.openv2v.simulation.network;

import java.util.Map;

/**
 * What one replication of a network measured for the patients referred after its warm-up (and time
 * averages over the same window), as a run keeps it until its summary: the patients and the raw
 * durations come beside it ({@link ReplicationResult}) and are not kept, so that a run of 1,000
 * replications does not carry tens of megabytes through every collection.
 */
record NetworkOutcome(
    long referred,
    long infused,
    long[] withdrawn,
    long censored,
    double meanDaysInPathway,
    double waitlistMean,
    double waitlistMax,
    double[] monthlyWaitlist,
    Map<String, Double> utilization,
    long infusedOutpatient,
    long outOfSpecification,
    long bridged,
    long reApheresis,
    double windowDays,
    long events) {

  double fractionInfused() {
    return referred == 0 ? 0 : (double) infused / referred;
  }
}
