package org.openv2v.economics.model;

/**
 * Mixture cure: S(t) = S_bg(t) · [π + (1 − π) · S_u(t)] (evidence.md §6.1). The cured fraction π
 * dies only at the general population's rate; the uncured follow S_u on top of it.
 */
public record MixtureCure(double cureFraction, Survival uncured, Survival background)
    implements Survival {

  public MixtureCure {
    if (!(cureFraction >= 0 && cureFraction <= 1)) {
      throw new IllegalArgumentException("cure fraction must be in [0, 1], was " + cureFraction);
    }
  }

  @Override
  public double at(double years) {
    return background.at(years) * (cureFraction + (1 - cureFraction) * uncured.at(years));
  }
}
