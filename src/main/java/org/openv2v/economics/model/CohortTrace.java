package org.openv2v.economics.model;

import java.util.List;

/**
 * The share of the cohort in each health state at each cycle boundary: {@code occupancy[s][k]} at
 * time k · cycleYears. The last state is always the absorbing "dead" state.
 */
public record CohortTrace(List<String> states, double[][] occupancy, double cycleYears) {

  public static final String DEAD = "dead";

  public CohortTrace {
    states = List.copyOf(states);
    if (states.isEmpty() || !states.get(states.size() - 1).equals(DEAD)) {
      throw new IllegalArgumentException("the last state must be " + DEAD);
    }
    if (occupancy.length != states.size()) {
      throw new IllegalArgumentException("one row of occupancy per state");
    }
  }

  public int cycles() {
    return occupancy[0].length - 1;
  }

  public int stateIndex(String state) {
    int index = states.indexOf(state);
    if (index < 0) {
      throw new IllegalArgumentException("no state " + state + " in " + states);
    }
    return index;
  }

  /** The share alive at cycle boundary k. */
  public double alive(int k) {
    return 1 - occupancy[occupancy.length - 1][k];
  }

  /** The share of the cohort in {@code state} at cycle boundary k. */
  public double share(int state, int k) {
    return occupancy[state][k];
  }
}
