package org.openv2v.simulation.network;

import java.util.Map;

/**
 * What one replication of a network measured for the patients referred after its warm-up (and time
 * averages over the same window).
 */
record NetworkOutcome(
    long referred,
    long infused,
    long[] withdrawn,
    long censored,
    double[] veinToVeinDays,
    double[] referralToInfusionDays,
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
    long events,
    PatientRecords patients) {

  /**
   * The outcome as a run keeps it until its summary: without the patients (handed on as the
   * replication finished) and without the raw durations (kept sorted beside it), which a run of
   * 1,000 replications would otherwise carry, tens of megabytes, through every collection.
   */
  NetworkOutcome kept() {
    return new NetworkOutcome(
        referred,
        infused,
        withdrawn,
        censored,
        null,
        null,
        meanDaysInPathway,
        waitlistMean,
        waitlistMax,
        monthlyWaitlist,
        utilization,
        infusedOutpatient,
        outOfSpecification,
        bridged,
        reApheresis,
        windowDays,
        events,
        null);
  }

  double fractionInfused() {
    return referred == 0 ? 0 : (double) infused / referred;
  }
}
