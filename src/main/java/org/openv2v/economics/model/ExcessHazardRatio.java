package org.openv2v.economics.model;

/**
 * A hazard ratio on the disease-related (excess) hazard only: S(t) = S_bg(t) · R(t)^HR, where R is
 * the relative survival S(t) / S_bg(t). Background mortality is untouched and HR = 1 gives the
 * curve back unchanged, so a wait–outcome link of zero leaves the model as it was. For a mixture
 * cure R(t) = π + (1 − π)·S_u(t), so HR > 1 also lowers the plateau (π^HR): fewer long-term
 * responders.
 */
public record ExcessHazardRatio(Survival curve, Survival background, double hazardRatio)
    implements Survival {

  public ExcessHazardRatio {
    checked(hazardRatio);
  }

  @Override
  public double at(double years) {
    double s = curve.at(years);
    if (hazardRatio == 1) {
      return s;
    }
    return of(s, background.at(years), hazardRatio);
  }

  /**
   * The curve's values {@code s} with the hazard ratio applied, at times where the background's
   * values are {@code background}: the same arithmetic as {@link #at}, on whole tables at once.
   */
  public static double[] of(double[] s, double[] background, double hazardRatio) {
    checked(hazardRatio);
    if (hazardRatio == 1) {
      return s;
    }
    double[] out = new double[s.length];
    for (int k = 0; k < s.length; k++) {
      out[k] = of(s[k], background[k], hazardRatio);
    }
    return out;
  }

  private static double of(double s, double bg, double hazardRatio) {
    if (bg <= 0 || s <= 0) {
      return 0;
    }
    double relative = Math.min(1, s / bg);
    return bg * Math.pow(relative, hazardRatio);
  }

  private static void checked(double hazardRatio) {
    if (!(hazardRatio > 0 && Double.isFinite(hazardRatio))) {
      throw new IllegalArgumentException("hazard ratio must be positive, was " + hazardRatio);
    }
  }

  /**
   * The hazard ratio after a wait: hrPer30Days^((wait − reference) / 30). The reference wait is the
   * calibration cohort's, whose curves the model's survival reproduces.
   */
  public static double afterWait(double hrPer30Days, double waitDays, double referenceDays) {
    return Math.pow(hrPer30Days, (waitDays - referenceDays) / 30.0);
  }
}
