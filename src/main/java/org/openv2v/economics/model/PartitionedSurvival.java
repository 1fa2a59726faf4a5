package org.openv2v.economics.model;

import java.util.List;

/**
 * Three-state partitioned survival (evidence.md §6.1): PF(t) = S_PFS(t), PD(t) = S_OS(t) −
 * S_PFS(t), dead = 1 − S_OS(t). Where fitted curves cross, PFS is capped at OS.
 */
public final class PartitionedSurvival {

  public static final String PROGRESSION_FREE = "progressionFree";
  public static final String PROGRESSED = "progressed";

  private PartitionedSurvival() {}

  public static CohortTrace trace(Survival pfs, Survival os, double cycleYears, int cycles) {
    return trace(
        atBoundaries(pfs, cycleYears, cycles), atBoundaries(os, cycleYears, cycles), cycleYears);
  }

  /** S(k · cycleYears) for k = 0 .. cycles: a curve at the model's cycle boundaries. */
  public static double[] atBoundaries(Survival curve, double cycleYears, int cycles) {
    double[] at = new double[cycles + 1];
    for (int k = 0; k <= cycles; k++) {
      at[k] = curve.at(k * cycleYears);
    }
    return at;
  }

  /**
   * The trace from PFS and OS already evaluated at the cycle boundaries ({@link #atBoundaries}).
   */
  public static CohortTrace trace(double[] pfs, double[] os, double cycleYears) {
    int cycles = os.length - 1;
    double[][] occupancy = new double[3][cycles + 1];
    for (int k = 0; k <= cycles; k++) {
      double alive = clamp(os[k]);
      double free = Math.min(clamp(pfs[k]), alive);
      occupancy[0][k] = free;
      occupancy[1][k] = alive - free;
      occupancy[2][k] = 1 - alive;
    }
    return new CohortTrace(
        List.of(PROGRESSION_FREE, PROGRESSED, CohortTrace.DEAD), occupancy, cycleYears);
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }
}
