package org.openv2v.economics.scenario;

import java.util.List;
import org.openv2v.economics.model.MixtureCure;
import org.openv2v.economics.model.ParametricSurvival;
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
