package org.openv2v.economics.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * "Value of faster access" (issue 12 item 7): the same model evaluated per referred patient at each
 * delay before apheresis, with the access simulator's result for that delay (or, without a
 * simulator, the model's own wait plus the delay), and a PSA interval at each delay.
 */
public final class AccessValue {

  private AccessValue() {}

  /** One delay: figures per referred patient in the intervention arm (intention to treat). */
  public record Row(
      double delayDays,
      double fractionInfused,
      OptionalDouble fractionInfusedLow,
      OptionalDouble fractionInfusedHigh,
      double waitDays,
      double lys,
      double qalys,
      double costs,
      double netMonetaryBenefit,
      Interval lysInterval,
      Interval qalysInterval,
      Interval nmbInterval,
      String simulation) {}

  /** The 2.5% and 97.5% points of the PSA; empty without a PSA. */
  public record Interval(OptionalDouble low, OptionalDouble high) {
    static final Interval NONE = new Interval(OptionalDouble.empty(), OptionalDouble.empty());

    static Interval of(double[] values) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      return new Interval(
          OptionalDouble.of(quantile(sorted, 0.025)), OptionalDouble.of(quantile(sorted, 0.975)));
    }

    private static double quantile(double[] sorted, double p) {
      double at = p * (sorted.length - 1);
      int lower = (int) Math.floor(at);
      int upper = Math.min(lower + 1, sorted.length - 1);
      return sorted[lower] + (at - lower) * (sorted[upper] - sorted[lower]);
    }
  }

  /**
   * @param simulate the simulator's summary for a delay, or empty to use the model's own wait
   */
  public static List<Row> sweep(
      ModelSpec spec,
      List<Double> delays,
      DoubleFunction<Optional<SimulationSummary>> simulate,
      int psaIterations,
      long seed) {
    if (spec.itt().isEmpty()) {
      throw new IllegalArgumentException(
          "model " + spec.name() + " has no intentionToTreat block: nothing depends on a delay");
    }
    String intervention = spec.intervention();
    List<Row> rows = new ArrayList<>();
    for (double delay : delays) {
      Optional<SimulationSummary> simulation = simulate.apply(delay);
      // Without a simulator, the delay lengthens the model's own wait (and so its dropout).
      Scenario scenario = new Scenario(spec, simulation, simulation.isEmpty() ? delay : 0);
      ScenarioResult base = scenario.evaluate(spec.baseValues(), false);
      ArmOutcome arm = base.arm(intervention);
      Interval lys = Interval.NONE;
      Interval qalys = Interval.NONE;
      Interval nmb = Interval.NONE;
      if (psaIterations > 0) {
        ProbabilisticAnalysis.Result psa =
            ProbabilisticAnalysis.run(scenario, psaIterations, seed, true, p -> {});
        int i = psa.arms().indexOf(intervention);
        int c = psa.arms().indexOf(spec.comparator());
        double wtp = base.willingnessToPay();
        double[] l = new double[psaIterations];
        double[] q = new double[psaIterations];
        double[] n = new double[psaIterations];
        for (int k = 0; k < psaIterations; k++) {
          l[k] = psa.lys()[k][i];
          q[k] = psa.qalys()[k][i];
          n[k] =
              wtp * (psa.qalys()[k][i] - psa.qalys()[k][c])
                  - (psa.costs()[k][i] - psa.costs()[k][c]);
        }
        lys = Interval.of(l);
        qalys = Interval.of(q);
        nmb = Interval.of(n);
      }
      IttInputs inputs = base.itt().orElseThrow();
      rows.add(
          new Row(
              delay,
              inputs.fractionInfused(),
              simulation.map(SimulationSummary::fractionInfusedLow).orElse(OptionalDouble.empty()),
              simulation.map(SimulationSummary::fractionInfusedHigh).orElse(OptionalDouble.empty()),
              inputs.waitDays(),
              arm.lys(),
              arm.qalys(),
              arm.costs(),
              base.comparison().netMonetaryBenefit(),
              lys,
              qalys,
              nmb,
              inputs.origin()));
    }
    return rows;
  }
}
