package org.openv2v.economics.scenario;

import org.openv2v.economics.model.CohortTrace;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.model.Discounting;

/**
 * One arm evaluation's running totals: QALYs, life-years, and costs by category, by budget year,
 * covered or not. The cycle loop is its own small method over primitive arrays: compiled on its own
 * it stays a few kilobytes of machine code, where inlined into the whole evaluation the JIT spent
 * more CPU compiling it than a 10,000-iteration PSA spends running it.
 */
final class ArmAccounts {

  private static final int CATEGORIES = CostCategory.values().length;
  private static final int TERMINAL_CARE = CostCategory.TERMINAL_CARE.ordinal();

  double qalys;
  double lys;
  double lysUndiscounted;
  double uncovered;
  final double[] byCategory = new double[CATEGORIES];
  final double[][] byYear;
  final double[] coveredByYear;
  final double[] coveredByYearDiscounted;

  ArmAccounts(int years) {
    byYear = new double[years][CATEGORIES];
    coveredByYear = new double[years];
    coveredByYearDiscounted = new double[years];
  }

  /** The state costs of an arm, flattened for the cycle loop. */
  record StateCosts(
      int[] state, double[] perCycle, double[] untilYears, int[] category, boolean[] covered) {

    static StateCosts of(ModelSpec.Arm arm, CohortTrace trace, double[] v, double dt) {
      int n = arm.stateCosts().size();
      StateCosts costs =
          new StateCosts(new int[n], new double[n], new double[n], new int[n], new boolean[n]);
      for (int i = 0; i < n; i++) {
        ModelSpec.StateCost c = arm.stateCosts().get(i);
        costs.state[i] = trace.stateIndex(c.state());
        costs.perCycle[i] = c.perMonth().of(v) * 12 * dt;
        costs.untilYears[i] = c.untilYears();
        costs.category[i] = c.category().ordinal();
        costs.covered[i] = c.covered();
      }
      return costs;
    }
  }

  /**
   * Accrues every cycle: life-years and QALYs discounted at {@code effectRate}, the state costs at
   * {@code costRate}, and terminal care for each cycle's deaths.
   */
  void cycles(
      Draw draw,
      CohortTrace trace,
      boolean half,
      double[] utility,
      StateCosts costs,
      double terminal,
      double costRate,
      double effectRate) {
    double dt = draw.dt;
    int cycles = draw.cycles;
    int[] yearOfCycle = draw.yearOfCycle();
    double[][] shares = trace.occupancy();
    int dead = shares.length - 1;
    double[][] occupancy = cycleOccupancy(shares, half, costs.state);
    double[] deadShare = shares[dead];
    // Everything the loop touches in locals: the tools run on the quick compiler (LauncherJvm),
    // which keeps fields and array references in memory unless the code says otherwise.
    int n = costs.state.length;
    int[] costState = costs.state;
    double[] perCycle = costs.perCycle;
    double[] until = costs.untilYears;
    int[] category = costs.category;
    boolean[] covered = costs.covered;
    double[] byCategory = this.byCategory;
    double[][] byYear = this.byYear;
    double[] coveredByYear = this.coveredByYear;
    double[] coveredByYearDiscounted = this.coveredByYearDiscounted;
    double qalys = this.qalys;
    double lys = this.lys;
    double lysUndiscounted = this.lysUndiscounted;
    double uncovered = this.uncovered;
    // Discount factors by recurrence: one pow per evaluation instead of two per cycle.
    double stepC = Discounting.factor(costRate, dt);
    double stepE = Discounting.factor(effectRate, dt);
    double dfC = Discounting.factor(costRate, half ? dt / 2 : 0);
    double dfE = Discounting.factor(effectRate, half ? dt / 2 : 0);
    for (int k = 0; k < cycles; k++, dfC *= stepC, dfE *= stepE) {
      double tStart = k * dt;
      int year = yearOfCycle[k];
      double[] inYear = byYear[year];
      double alive = 0;
      double quality = 0;
      for (int s = 0; s < dead; s++) {
        double occ = occupancy[s][k];
        alive += occ;
        quality += occ * utility[s];
      }
      lys += alive * dt * dfE;
      lysUndiscounted += alive * dt;
      qalys += quality * dt * dfE;
      for (int i = 0; i < n; i++) {
        if (tStart >= until[i]) {
          continue;
        }
        double cost = perCycle[i] * occupancy[costState[i]][k];
        int c = category[i];
        byCategory[c] += cost * dfC;
        inYear[c] += cost;
        if (covered[i]) {
          coveredByYear[year] += cost;
          coveredByYearDiscounted[year] += cost * dfC;
        } else {
          uncovered += cost * dfC;
        }
      }
      if (terminal != 0) {
        double cost = (deadShare[k + 1] - deadShare[k]) * terminal;
        byCategory[TERMINAL_CARE] += cost * dfC;
        inYear[TERMINAL_CARE] += cost;
        coveredByYear[year] += cost;
        coveredByYearDiscounted[year] += cost * dfC;
      }
    }
    this.qalys = qalys;
    this.lys = lys;
    this.lysUndiscounted = lysUndiscounted;
    this.uncovered = uncovered;
  }

  /** A cost at time 0 (undiscounted, in the first budget year). */
  void atStart(int category, double cost, boolean covered) {
    byCategory[category] += cost;
    byYear[0][category] += cost;
    if (covered) {
      coveredByYear[0] += cost;
      coveredByYearDiscounted[0] += cost;
    } else {
      uncovered += cost;
    }
  }

  /**
   * Each state's occupancy counted for each cycle: with half-cycle correction the mean of its two
   * boundaries (the trapezoid rule), without it the share at the cycle's start.
   */
  private static double[][] cycleOccupancy(double[][] shares, boolean half, int[] costStates) {
    int dead = shares.length - 1;
    double[][] occupancy = new double[shares.length][];
    for (int s = 0; s < shares.length; s++) {
      if (s == dead && !contains(costStates, dead)) {
        continue; // only a cost in the dead state reads its occupancy
      }
      double[] share = shares[s];
      double[] occ = new double[share.length - 1];
      for (int k = 0; k < occ.length; k++) {
        occ[k] = half ? 0.5 * (share[k] + share[k + 1]) : share[k];
      }
      occupancy[s] = occ;
    }
    return occupancy;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }
}
