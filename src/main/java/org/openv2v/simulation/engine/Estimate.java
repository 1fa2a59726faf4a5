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
    double t = tQuantile975(n - 1);
    return new Estimate(mean, mean - t * standardError, mean + t * standardError, n);
  }

  /**
   * t(0.975, df): Commons Math's value, from the table below for small df. The table holds exactly
   * the doubles Commons Math computes (EstimateTests checks each), so results are unchanged; it
   * spares a short command-line run (one replication gives 20 batch means, df 19) loading and
   * interpreting Commons Math's distribution and solver classes.
   */
  static double tQuantile975(int degreesOfFreedom) {
    if (degreesOfFreedom >= 1 && degreesOfFreedom <= T_975.length) {
      return T_975[degreesOfFreedom - 1];
    }
    return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
  }

  /** {@code new TDistribution(null, df).inverseCumulativeProbability(0.975)} for df 1..60. */
  private static final double[] T_975 = {
    12.706204736174746, 4.302652729698313, 3.1824463048574763, 2.7764451050184613,
    2.570581835636347, 2.4469118511450048, 2.3646242515928266, 2.3060041352042036,
    2.262157162798239, 2.228138851986303, 2.2009851600916632, 2.178812829667249,
    2.160368656462809, 2.1447866879178186, 2.131449545559789, 2.119905299221265,
    2.1098155778333254, 2.1009220402410467, 2.0930240544083145, 2.08596344726587,
    2.079613844727686, 2.0738730679040294, 2.0686576104190486, 2.063898561628026,
    2.0595385527533003, 2.0555294386428744, 2.051830516480284, 2.048407141795248,
    2.045229642132707, 2.042272456301238, 2.0395134463964073, 2.0369333434600985,
    2.0345152974493397, 2.0322445093177173, 2.030107928250344, 2.0280940009804502,
    2.0261924630291057, 2.0243941639119707, 2.0226909200367595, 2.0210753903062706,
    2.0195409704413736, 2.018081702818437, 2.016692199227819, 2.015367574443758,
    2.0141033888808457, 2.0128955989194277, 2.0117405137297637, 2.010634757624228,
    2.0095752371292344, 2.0085591121007544, 2.0075837703158292, 2.0066468050616875,
    2.005745995317868, 2.0048792881880555, 2.0040447832891393, 2.003240718847866,
    2.0024654592910003, 2.001717484145229, 2.0009953780882594, 2.000297822014252
  };

  public double halfWidth() {
    return (upper - lower) / 2;
  }

  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
