package org.openv2v.economics.model;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * The standard parametric families, in the parametrisations of R's flexsurv (the convention of
 * published DLBCL CEAs, e.g. Roth 2018 and the Japanese PSM of Wakase 2021), so that published
 * coefficients can be used as they are. Time is in the unit the parameters were fitted in.
 */
public final class ParametricSurvival {

  private ParametricSurvival() {}

  /** S(t) = exp(-rate t). */
  public static Survival exponential(double rate) {
    positive("rate", rate);
    return t -> Math.exp(-rate * Math.max(0, t));
  }

  /** S(t) = exp(-(t/scale)^shape). */
  public static Survival weibull(double shape, double scale) {
    positive("shape", shape);
    positive("scale", scale);
    return t -> t <= 0 ? 1 : Math.exp(-Math.pow(t / scale, shape));
  }

  /** S(t) = 1 / (1 + (t/scale)^shape). */
  public static Survival logLogistic(double shape, double scale) {
    positive("shape", shape);
    positive("scale", scale);
    return t -> t <= 0 ? 1 : 1 / (1 + Math.pow(t / scale, shape));
  }

  /** S(t) = 1 - Φ((ln t - meanlog) / sdlog). */
  public static Survival logNormal(double meanlog, double sdlog) {
    positive("sdlog", sdlog);
    return t -> t <= 0 ? 1 : upperNormal((Math.log(t) - meanlog) / sdlog);
  }

  /**
   * S(t) = exp(-(rate/shape)(e^{shape t} - 1)); shape &lt; 0 gives a plateau (a cured fraction
   * exp(rate/shape)), shape = 0 is the exponential.
   */
  public static Survival gompertz(double shape, double rate) {
    positive("rate", rate);
    if (Math.abs(shape) < 1e-12) {
      return exponential(rate);
    }
    return t -> t <= 0 ? 1 : Math.exp(-(rate / shape) * Math.expm1(shape * t));
  }

  /**
   * Generalised gamma (Prentice 1974; flexsurv "gengamma" mu, sigma, Q). Q = 0 is the lognormal, Q
   * = 1 the Weibull, Q = sigma the gamma.
   */
  public static Survival generalisedGamma(double mu, double sigma, double q) {
    positive("sigma", sigma);
    if (Math.abs(q) < 1e-8) {
      return logNormal(mu, sigma);
    }
    double qq = 1 / (q * q);
    return t -> {
      if (t <= 0) {
        return 1;
      }
      double w = (Math.log(t) - mu) / sigma;
      double u = qq * Math.exp(q * w);
      double lower = Gamma.regularizedGammaP(qq, u);
      return q > 0 ? 1 - lower : lower;
    };
  }

  static double upperNormal(double z) {
    return 0.5 * Erf.erfc(z / Math.sqrt(2));
  }

  private static void positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be positive and finite, was " + value);
    }
  }
}
