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

  /** The same outcome without its patients, once they have been handed on. */
  NetworkOutcome withoutPatients() {
    return new NetworkOutcome(
        referred,
        infused,
        withdrawn,
        censored,
        veinToVeinDays,
        referralToInfusionDays,
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
