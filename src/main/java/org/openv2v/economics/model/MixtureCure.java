package org.openv2v.economics.model;

/**
 * Mixture cure: S(t) = S_bg(t) · [π + (1 − π) · S_u(t)] (evidence.md §6.1). The cured fraction π
 * dies only at the general population's rate; the uncured follow S_u on top of it.
 */
public record MixtureCure(double cureFraction, Survival uncured, Survival background)
    implements Survival {

  public MixtureCure {
    checkedFraction(cureFraction);
  }

  @Override
  public double at(double years) {
    return of(background.at(years), cureFraction, uncured.at(years));
  }

  /** S(t) from the background's and the uncured's S(t): the one formula of both paths. */
  public static double of(double background, double cureFraction, double uncured) {
    return background * (cureFraction + (1 - cureFraction) * uncured);
  }

  /** The cure fraction, refused outside [0, 1] (or NaN). */
  public static double checkedFraction(double cureFraction) {
    if (!(cureFraction >= 0 && cureFraction <= 1)) {
      throw new IllegalArgumentException("cure fraction must be in [0, 1], was " + cureFraction);
    }
    return cureFraction;
  }
}
