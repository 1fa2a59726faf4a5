package org.openv2v.economics.scenario;

import java.util.IdentityHashMap;
import java.util.Map;
import org.openv2v.economics.model.PartitionedSurvival;
import org.openv2v.economics.model.Survival;

/**
 * One evaluation's parameter values with what all of its arm evaluations share: the cycle grid,
 * background survival at the cycle boundaries, and each partitioned arm's PFS and OS there. With
 * the wait–outcome link an arm is evaluated again for every wait (a PSA iteration with patients.csv
 * does it hundreds of times); its curves are computed once per draw, not once per wait. One per
 * evaluation, on one thread.
 */
final class Draw {

  final ModelSpec spec;
  final double[] v;
  final double dt;
  final int cycles;
  final int years;
  private int[] yearOfCycle;
  private Survival background;
  private double[] backgroundAt;
  private final Map<ModelSpec.Arm, double[][]> curves = new IdentityHashMap<>();

  Draw(ModelSpec spec, double[] v) {
    this.spec = spec;
    this.v = v;
    this.dt = 1.0 / spec.cyclesPerYear();
    this.cycles = spec.cycles();
    this.years = Math.max(spec.budget().years(), (int) Math.ceil(spec.horizonYears()));
  }

  /**
   * The budget year each cycle's costs fall in (by the cycle's midpoint, the last year at most).
   */
  int[] yearOfCycle() {
    if (yearOfCycle == null) {
      yearOfCycle = new int[cycles];
      for (int k = 0; k < cycles; k++) {
        double tStart = k * dt;
        // (int) truncates: the floor of a non-negative number, without the quick compiler's call.
        yearOfCycle[k] = Math.min(years - 1, (int) (tStart + dt / 2));
      }
    }
    return yearOfCycle;
  }

  Survival background() {
    if (background == null) {
      background =
          spec.lifeTable().from(spec.startAge().of(v), Curves.clamp(spec.maleShare().of(v)));
    }
    return background;
  }

  double[] backgroundAt() {
    if (backgroundAt == null) {
      backgroundAt = PartitionedSurvival.atBoundaries(background(), dt, cycles);
    }
    return backgroundAt;
  }

  /** The arm's PFS and OS at the cycle boundaries, as calibrated (no hazard ratio). */
  double[][] curves(ModelSpec.Arm arm, ModelSpec.Partitioned p) {
    return curves.computeIfAbsent(
        arm,
        a ->
            new double[][] {
              Curves.atBoundaries(p.pfs(), v, backgroundAt(), dt, cycles),
              Curves.atBoundaries(p.os(), v, backgroundAt(), dt, cycles)
            });
  }
}
