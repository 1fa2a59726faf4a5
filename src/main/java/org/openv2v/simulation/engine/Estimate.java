package org.openv2v.simulation.engine;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean across independent observations (replications or batch means) with its 95% confidence
 * interval from Student's t distribution: mean ± t(0.975, n−1)·s/√n. With one observation the
 * interval is just the point.
 */
public record Estimate(double mean, double lower, double upper, int observations) {

  public static Estimate of(double[] values) {
    int n = values.length;
    if (n == 0) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    double mean = sum / n;
    if (n == 1) {
      return new Estimate(mean, mean, mean, 1);
    }
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    double standardError = Math.sqrt(squares / (n - 1) / n);
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
    return new Estimate(mean, mean - t * standardError, mean + t * standardError, n);
  }

  public double halfWidth() {
    return (upper - lower) / 2;
  }

  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
