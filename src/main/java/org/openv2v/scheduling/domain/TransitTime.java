package org.openv2v.scheduling.domain;

/**
 * A lane's transit time. A lognormal lane is stored as its median and 90th percentile; its
 * parameters follow from them: mu = ln(median), sigma = (ln(p90) - mu) / z(0.9), z(0.9) = 1.2816.
 * Planning uses the 90th percentile by default, so that a promised date is kept nine times in ten.
 */
public record TransitTime(TransitDistribution distribution, double medianDays, double p90Days) {

  static final double Z90 = 1.2815515655446004;

  public TransitTime {
    if (!(medianDays > 0)) {
      throw new IllegalArgumentException("medianDays must be positive");
    }
    if (p90Days < medianDays) {
      throw new IllegalArgumentException("p90Days must not be below medianDays");
    }
    if (distribution == TransitDistribution.FIXED && p90Days != medianDays) {
      throw new IllegalArgumentException("a FIXED lane has p90Days equal to medianDays");
    }
  }

  public double mu() {
    return Math.log(medianDays);
  }

  public double sigma() {
    return distribution == TransitDistribution.FIXED ? 0 : (Math.log(p90Days) - mu()) / Z90;
  }

  /** Whole days to plan with at the chosen quantile (a part day counts as a day). */
  public int planningDays(TransitQuantile quantile) {
    double days = quantile == TransitQuantile.P90 ? p90Days : medianDays;
    return (int) Math.ceil(days - 1e-9);
  }
}
