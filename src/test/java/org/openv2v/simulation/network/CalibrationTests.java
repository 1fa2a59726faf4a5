package org.openv2v.simulation.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.simulation.reference.ReferenceVocabulary;

/**
 * The trial scenarios reproduce the published attrition between leukapheresis and infusion
 * (evidence §1.1): the simulated fraction never infused lies in the exact (Clopper–Pearson) 95%
 * interval of the trial's count, and so does the manufacturing-failure fraction.
 */
class CalibrationTests {

  @ParameterizedTest(name = "{0}: {1}/{2} not infused, {3} manufacturing failures")
  @CsvSource({"trial-juliet, 50, 165, 12", "trial-zuma1, 10, 111, 1"})
  void trial_scenarios_reproduce_the_not_infused_fraction(
      String scenario, int notInfused, int enrolled, int failures) {
    NetworkSummary summary =
        NetworkExperiment.run(
            BuiltInScenarios.load(scenario, ReferenceVocabulary.get()), 5, 20, 11, 2, n -> {});

    double simulated = 1 - summary.fractionInfused().mean();
    double[] interval = clopperPearson(notInfused, enrolled);
    assertThat(simulated).isBetween(interval[0], interval[1]);
    assertThat(simulated)
        .isCloseTo((double) notInfused / enrolled, org.assertj.core.api.Assertions.within(0.02));

    double failed = summary.withdrawn().get(Withdrawal.MANUFACTURING_FAILURE) / summary.referred();
    double[] failureInterval = clopperPearson(failures, enrolled);
    assertThat(failed).isBetween(failureInterval[0], failureInterval[1]);
  }

  @ParameterizedTest
  @CsvSource({"trial-juliet, 54", "trial-zuma1, 24"})
  void trial_scenarios_reproduce_the_median_time_to_infusion(String scenario, double medianDays) {
    NetworkSummary summary =
        NetworkExperiment.run(
            BuiltInScenarios.load(scenario, ReferenceVocabulary.get()), 5, 10, 3, 2, n -> {});
    assertThat(summary.referralToInfusion().p50())
        .isCloseTo(medianDays, org.assertj.core.api.Assertions.within(2.0));
  }

  static double[] clopperPearson(int k, int n) {
    double lower =
        k == 0 ? 0 : new BetaDistribution(k, n - k + 1).inverseCumulativeProbability(0.025);
    double upper =
        k == n ? 1 : new BetaDistribution(k + 1, n - k).inverseCumulativeProbability(0.975);
    return new double[] {lower, upper};
  }
}
