package org.openv2v.simulation.network;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.openv2v.simulation.engine.Estimate;

/**
 * The fit of the waiting hazards: every built-in trial scenario run as a cohort, its simulated
 * never-infused fraction set against the trial's, with the trial's exact (Clopper–Pearson) 95%
 * interval and the model's t-interval across replications.
 */
public final class Calibration {

  /** One trial: the published target and what the model gives for it. */
  public record Row(
      String scenario,
      NetworkScenario.Trial trial,
      String indication,
      String product,
      double hazardPerDay,
      double targetLower,
      double targetUpper,
      Estimate model,
      double modelManufacturingFailure,
      double medianDaysToInfusion) {

    public boolean withinTarget() {
      return targetLower <= model.mean() && model.mean() <= targetUpper;
    }
  }

  private Calibration() {}

  /** The built-in scenarios that carry a {@code trial} section, in the order they are listed. */
  public static List<NetworkScenario> trialScenarios(Vocabulary vocabulary) {
    List<NetworkScenario> trials = new ArrayList<>();
    for (String name : BuiltInScenarios.NAMES) {
      NetworkScenario scenario = BuiltInScenarios.load(name, vocabulary);
      if (scenario.trial() != null) {
        trials.add(scenario);
      }
    }
    return trials;
  }

  public static Row run(
      NetworkScenario scenario, double years, int replications, long seed, int threads) {
    NetworkScenario.Trial trial = scenario.trial();
    if (trial == null) {
      throw new IllegalArgumentException(scenario.name() + " has no trial section");
    }
    NetworkSummary s = NetworkExperiment.run(scenario, years, replications, seed, threads, i -> {});
    Estimate infused = s.fractionInfused();
    Estimate notInfused =
        new Estimate(
            1 - infused.mean(), 1 - infused.upper(), 1 - infused.lower(), infused.observations());
    String indication = scenario.arrivals().get(0).indication();
    double[] target = clopperPearson(trial.notInfused(), trial.enrolled());
    return new Row(
        scenario.name(),
        trial,
        indication,
        scenario.product(),
        scenario.hazards().get(indication).totalPerDay(),
        target[0],
        target[1],
        notInfused,
        s.withdrawn().get(Withdrawal.MANUFACTURING_FAILURE) / s.referred(),
        s.referralToInfusion().p50());
  }

  /** The exact binomial 95% interval of k successes in n trials. */
  public static double[] clopperPearson(int k, int n) {
    double lower =
        k == 0 ? 0 : new BetaDistribution(k, n - k + 1).inverseCumulativeProbability(0.025);
    double upper =
        k == n ? 1 : new BetaDistribution(k + 1, n - k).inverseCumulativeProbability(0.975);
    return new double[] {lower, upper};
  }
}
