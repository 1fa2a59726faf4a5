package org.openv2v.simulation.network;

import org.openv2v.simulation.engine.TimeWeighted;

/**
 * The number of patients in the pathway over a replication's measured window: its time-weighted
 * mean, its maximum, and its mean month by month.
 */
final class Waitlist {

  private final TimeWeighted level = new TimeWeighted();
  private final double warmup;
  private final double horizon;
  private final double[] monthly;
  private int month;
  private double monthArea;
  private double mean;
  private double max;

  Waitlist(double warmup, double horizon, int months) {
    this.warmup = warmup;
    this.horizon = horizon;
    this.monthly = new double[months];
  }

  void set(int inPathway, double now) {
    level.set(inPathway, now);
  }

  /** Measuring starts at the end of the warm-up; the end of the first month, or NaN for none. */
  double startMeasuring(double now) {
    level.restart(now);
    monthArea = 0;
    return monthly.length > 0
        ? Math.min(horizon, now + NetworkReplication.DAYS_PER_MONTH)
        : Double.NaN;
  }

  /** Closes the month that ends now; the end of the next one, or NaN when this was the last. */
  double closeMonth(double now) {
    if (month >= monthly.length) {
      return Double.NaN;
    }
    double area = level.area(now);
    double start = warmup + month * NetworkReplication.DAYS_PER_MONTH;
    monthly[month] = now > start ? (area - monthArea) / (now - start) : level.level();
    monthArea = area;
    month++;
    return month < monthly.length
        ? Math.min(horizon, warmup + (month + 1) * NetworkReplication.DAYS_PER_MONTH)
        : Double.NaN;
  }

  /** Measuring stops at the horizon. */
  void stopMeasuring(double now) {
    mean = level.mean(now);
    max = level.max();
  }

  double mean() {
    return mean;
  }

  double max() {
    return max;
  }

  double[] monthly() {
    return monthly;
  }
}
