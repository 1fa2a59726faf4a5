package org.openv2v.economics.model;

/** A survival function S(t), t in years from the start of the model, S(0) = 1, non-increasing. */
@FunctionalInterface
public interface Survival {

  /** The probability of being still event-free at {@code years}. */
  double at(double years);

  /** This curve with time measured in another unit: {@code unitsPerYear} = 12 for months. */
  default Survival inUnits(double unitsPerYear) {
    Survival self = this;
    return years -> self.at(years * unitsPerYear);
  }
}
