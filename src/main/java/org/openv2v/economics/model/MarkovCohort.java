package org.openv2v.economics.model;

import java.util.List;

/**
 * A Markov cohort model: constant per-cycle transition probabilities between named states, the last
 * of which is "dead". Rows of the matrix must sum to 1.
 */
public record MarkovCohort(List<String> states, double[][] transitions, double[] start) {

  public MarkovCohort {
    states = List.copyOf(states);
    int n = states.size();
    if (transitions.length != n || start.length != n) {
      throw new IllegalArgumentException("the matrix and the start vector need one row per state");
    }
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        if (transitions[i][j] < 0) {
          throw new IllegalArgumentException(
              "negative transition " + states.get(i) + " → " + states.get(j));
        }
        sum += transitions[i][j];
      }
      if (Math.abs(sum - 1) > 1e-9) {
        throw new IllegalArgumentException(
            "transitions from " + states.get(i) + " sum to " + sum + ", not 1");
      }
    }
  }

  /** Converts an annual rate into a per-cycle probability, p = 1 − e^{−r·t} (evidence.md §6.1). */
  public static double probability(double ratePerYear, double cycleYears) {
    return -Math.expm1(-ratePerYear * cycleYears);
  }

  public CohortTrace trace(double cycleYears, int cycles) {
    int n = states.size();
    double[][] occupancy = new double[n][cycles + 1];
    double[] now = start.clone();
    for (int k = 0; ; k++) {
      for (int s = 0; s < n; s++) {
        occupancy[s][k] = now[s];
      }
      if (k == cycles) {
        break;
      }
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          next[j] += now[i] * transitions[i][j];
        }
      }
      now = next;
    }
    return new CohortTrace(states, occupancy, cycleYears);
  }
}
