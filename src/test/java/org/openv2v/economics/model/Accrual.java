package org.openv2v.economics.model;

/**
 * Adds up a value that accrues per year in each state (1 for life-years, a utility for QALYs, a
 * cost per year for costs) over the cohort trace, discounted. With half-cycle correction the
 * occupancy of a cycle is the mean of its two boundaries (the trapezoid rule) and the value is
 * discounted at the cycle's midpoint; without it, the occupancy at the cycle's start counts for the
 * whole cycle.
 */
public record Accrual(double rate, boolean halfCycleCorrection) {

  /** Present value of {@code perYear[state]} accruing while in each state. */
  public double presentValue(CohortTrace trace, double[] perYear) {
    if (perYear.length != trace.states().size()) {
      throw new IllegalArgumentException("one value per state");
    }
    double dt = trace.cycleYears();
    double total = 0;
    for (int k = 0; k < trace.cycles(); k++) {
      double discount = factor(k, dt);
      double cycle = 0;
      for (int s = 0; s < perYear.length; s++) {
        if (perYear[s] != 0) {
          cycle += perYear[s] * occupancy(trace, s, k);
        }
      }
      total += cycle * dt * discount;
    }
    return total;
  }

  /** Present value of life-years: 1 per year in every state but dead. */
  public double lifeYears(CohortTrace trace) {
    double[] alive = new double[trace.states().size()];
    java.util.Arrays.fill(alive, 1);
    alive[alive.length - 1] = 0;
    return presentValue(trace, alive);
  }

  /** Present value of the deaths over the horizon, each counted in its cycle (terminal care). */
  public double deaths(CohortTrace trace) {
    int dead = trace.states().size() - 1;
    double dt = trace.cycleYears();
    double total = 0;
    for (int k = 0; k < trace.cycles(); k++) {
      double newDeaths = trace.share(dead, k + 1) - trace.share(dead, k);
      total += newDeaths * factor(k, dt);
    }
    return total;
  }

  /** Present value of the deaths, year by year, undiscounted (budget impact). */
  public double[] deathsByYear(CohortTrace trace, int years) {
    int dead = trace.states().size() - 1;
    double[] byYear = new double[years];
    for (int k = 0; k < trace.cycles(); k++) {
      int year = (int) Math.floor((k + 0.5) * trace.cycleYears());
      if (year < years) {
        byYear[year] += trace.share(dead, k + 1) - trace.share(dead, k);
      }
    }
    return byYear;
  }

  /** Undiscounted value accrued in each year (budget impact, the yearly out-of-pocket ceiling). */
  public double[] byYear(CohortTrace trace, double[] perYear, int years) {
    double dt = trace.cycleYears();
    double[] byYear = new double[years];
    for (int k = 0; k < trace.cycles(); k++) {
      int year = (int) Math.floor((k + 0.5) * dt);
      if (year >= years) {
        break;
      }
      for (int s = 0; s < perYear.length; s++) {
        byYear[year] += perYear[s] * occupancy(trace, s, k) * dt;
      }
    }
    return byYear;
  }

  /** The discount factor of the value accrued in cycle k. */
  public double factor(int k, double cycleYears) {
    double t = halfCycleCorrection ? (k + 0.5) * cycleYears : k * cycleYears;
    return Discounting.factor(rate, t);
  }

  private double occupancy(CohortTrace trace, int state, int k) {
    return halfCycleCorrection
        ? 0.5 * (trace.share(state, k) + trace.share(state, k + 1))
        : trace.share(state, k);
  }
}
