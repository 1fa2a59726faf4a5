package org.openv2v.simulation.network;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What one replication counts of the patients referred after the warm-up: referrals, infusions and
 * their durations, withdrawals by cause, and the days patients spent in the pathway.
 */
final class ReplicationCounts {

  long referred;
  long infused;
  final long[] withdrawn = new long[Withdrawal.values().length];
  final DoubleList veinToVein;
  final DoubleList referralToInfusion;
  long infusedOutpatient;
  long outOfSpecification;
  long bridged;
  long reApheresis;
  private double daysInPathway;
  private long leftPathway;

  /** {@code expected}: about how many patients will be counted, to size the lists of durations. */
  ReplicationCounts(int expected) {
    veinToVein = new DoubleList(expected);
    referralToInfusion = new DoubleList(expected);
  }

  void infused(SimulatedPatient p, double now) {
    infused++;
    veinToVein.add(now - p.apheresisAt);
    referralToInfusion.add(now - p.referredAt);
    if (p.outpatient) {
      infusedOutpatient++;
    }
    if (p.outOfSpecification) {
      outOfSpecification++;
    }
  }

  void left(SimulatedPatient p, double now) {
    daysInPathway += now - p.referredAt;
    leftPathway++;
  }

  /**
   * The replication's outcome: these counts, the waitlist, the resources' utilization, and the
   * patients counted (those still in the pathway at the end are censored).
   */
  ReplicationResult result(
      SimulatedPatient[] patients,
      int referrals,
      List<NetworkScenario.Arrivals> streams,
      Waitlist waitlist,
      Map<String, Double> utilization,
      double windowDays,
      long events) {
    long censored = 0;
    int counted = 0;
    for (int i = 0; i < referrals; i++) {
      SimulatedPatient p = patients[i];
      if (p.counted) {
        counted++;
        if (p.isActive()) {
          censored++;
        }
      }
    }
    NetworkOutcome outcome =
        new NetworkOutcome(
            referred,
            infused,
            withdrawn.clone(),
            censored,
            leftPathway == 0 ? 0 : daysInPathway / leftPathway,
            waitlist.mean(),
            waitlist.max(),
            waitlist.monthly(),
            utilization,
            infusedOutpatient,
            outOfSpecification,
            bridged,
            reApheresis,
            windowDays,
            events);
    return new ReplicationResult(
        outcome,
        veinToVein.toArray(),
        referralToInfusion.toArray(),
        PatientRecords.of(patients, referrals, counted, streams));
  }

  /** A growable array of doubles. */
  static final class DoubleList {
    private double[] values;
    private int size;

    DoubleList(int capacity) {
      values = new double[Math.max(16, capacity)];
    }

    void add(double value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    double[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
