package org.openv2v.economics.model;

/** Discounting to present value (evidence.md §6.1): discrete 1/(1+r)^t, continuous e^{−δt}. */
public final class Discounting {

  private Discounting() {}

  /** The factor for a value at {@code years} with annual rate {@code rate}: 1/(1+r)^t. */
  public static double factor(double rate, double years) {
    return Math.pow(1 + rate, -years);
  }

  /** The continuous rate δ = ln(1 + r) equivalent to the annual rate r. */
  public static double continuousRate(double rate) {
    return Math.log1p(rate);
  }

  /**
   * The present value of a constant flow of 1 per year from {@code from} to {@code to} years: ∫
   * e^{−δt} dt; with rate 0 it is the length of the interval.
   */
  public static double flow(double rate, double from, double to) {
    double delta = continuousRate(rate);
    if (delta == 0) {
      return to - from;
    }
    return (Math.exp(-delta * from) - Math.exp(-delta * to)) / delta;
  }
}
