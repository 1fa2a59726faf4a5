package org.openv2v.economics.scenario;

/** A reference to a model parameter: its value in one evaluation's value vector. */
public record Num(int index) {

  public double of(double[] values) {
    return values[index];
  }
}
