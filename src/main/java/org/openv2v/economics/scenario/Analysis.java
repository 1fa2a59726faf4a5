package org.openv2v.economics.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.openv2v.economics.model.DecisionUncertainty;

/**
 * Everything one run produces: the base case, the tornado and, when asked, the PSA with its
 * acceptability curve and EVPI over a grid of willingness-to-pay values.
 */
public record Analysis(
    Scenario scenario,
    ScenarioResult base,
    List<OneWaySensitivity.Bar> tornado,
    Optional<ProbabilisticAnalysis.Result> psa,
    List<WtpPoint> acceptability) {

  /** At one willingness to pay: P(each arm is cost-effective) and the EVPI per patient. */
  public record WtpPoint(double willingnessToPay, double[] probabilityCostEffective, double evpi) {}

  public static final int WTP_STEPS = 40;

  public static Analysis run(
      Scenario scenario, int iterations, long seed, DoubleConsumer progress) {
    ScenarioResult base = scenario.evaluate();
    List<OneWaySensitivity.Bar> tornado = OneWaySensitivity.tornado(scenario, 12);
    if (iterations <= 0) {
      progress.accept(1);
      return new Analysis(scenario, base, tornado, Optional.empty(), List.of());
    }
    ProbabilisticAnalysis.Result psa =
        ProbabilisticAnalysis.run(scenario, iterations, seed, true, progress);
    DecisionUncertainty decision = psa.decision();
    List<WtpPoint> points = new ArrayList<>();
    double max = scenario.spec().willingnessToPayMax();
    for (int i = 0; i <= WTP_STEPS; i++) {
      double wtp = max * i / WTP_STEPS;
      points.add(
          new WtpPoint(
              wtp,
              decision.probabilityCostEffective(wtp),
              decision.expectedValueOfPerfectInformation(wtp)));
    }
    return new Analysis(scenario, base, tornado, Optional.of(psa), points);
  }
}
