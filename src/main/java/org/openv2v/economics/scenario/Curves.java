package org.openv2v.economics.scenario;

import java.util.List;
import org.openv2v.economics.model.MixtureCure;
import org.openv2v.economics.model.ParametricSurvival;
import org.openv2v.economics.model.PartitionedSurvival;
import org.openv2v.economics.model.Survival;

/** Builds a survival curve from its specification and one evaluation's parameter values. */
final class Curves {

  private Curves() {}

  static Survival build(ModelSpec.Curve curve, double[] v, Survival background) {
    if (curve instanceof ModelSpec.Cure cure) {
      return new MixtureCure(
          clamp(cure.cureFraction().of(v)), build(cure.uncured(), v, background), background);
    }
    ModelSpec.Parametric p = (ModelSpec.Parametric) curve;
    return parametric(p, v).inUnits(p.unitsPerYear());
  }

  /**
   * The curve at the cycle boundaries k · dt (k = 0 .. cycles), with the background already there
   * ({@code backgroundAt}): the values {@link #build} gives, computed without evaluating the
   * background again for each curve.
   */
  static double[] atBoundaries(
      ModelSpec.Curve curve, double[] v, double[] backgroundAt, double dt, int cycles) {
    if (curve instanceof ModelSpec.Cure cure) {
      double pi = MixtureCure.checkedFraction(clamp(cure.cureFraction().of(v)));
      double[] uncured = atBoundaries(cure.uncured(), v, backgroundAt, dt, cycles);
      double[] at = new double[cycles + 1];
      for (int k = 0; k <= cycles; k++) {
        at[k] = MixtureCure.of(backgroundAt[k], pi, uncured[k]);
      }
      return at;
    }
    ModelSpec.Parametric p = (ModelSpec.Parametric) curve;
    return PartitionedSurvival.atBoundaries(parametric(p, v).inUnits(p.unitsPerYear()), dt, cycles);
  }

  private static Survival parametric(ModelSpec.Parametric p, double[] v) {
    List<Num> n = p.parameters();
    return switch (p.family()) {
      case "exponential" -> ParametricSurvival.exponential(n.get(0).of(v));
      case "weibull" -> ParametricSurvival.weibull(n.get(0).of(v), n.get(1).of(v));
      case "log-logistic" -> ParametricSurvival.logLogistic(n.get(0).of(v), n.get(1).of(v));
      case "lognormal" -> ParametricSurvival.logNormal(n.get(0).of(v), n.get(1).of(v));
      case "gompertz" -> ParametricSurvival.gompertz(n.get(0).of(v), n.get(1).of(v));
      case "generalised-gamma" ->
          ParametricSurvival.generalisedGamma(n.get(0).of(v), n.get(1).of(v), n.get(2).of(v));
      default -> throw new IllegalArgumentException("unknown family " + p.family());
    };
  }

  static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }
}
