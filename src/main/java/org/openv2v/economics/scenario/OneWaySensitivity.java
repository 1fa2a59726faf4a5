package org.openv2v.economics.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * One-way sensitivity: each parameter with a range set to its low and high bound, the others at
 * base case; the incremental net monetary benefit of the intervention at the base willingness to
 * pay, widest swing first (the tornado).
 */
public final class OneWaySensitivity {

  private OneWaySensitivity() {}

  public record Bar(
      String parameter,
      String source,
      double low,
      double high,
      double nmbAtLow,
      double nmbAtHigh,
      OptionalDouble icerAtLow,
      OptionalDouble icerAtHigh) {

    public double swing() {
      return Math.abs(nmbAtHigh - nmbAtLow);
    }
  }

  public static List<Bar> tornado(Scenario scenario, int limit) {
    ModelSpec spec = scenario.spec();
    double[] base = spec.baseValues();
    String willingnessToPay = willingnessToPayName(spec);
    // Each bar is two evaluations of its own, so the bars are made on all cores (issue 17); the
    // list keeps the parameters' order, and so does the stable sort below.
    List<Bar> bars =
        new ArrayList<>(
            IntStream.range(0, spec.parameters().size())
                .parallel()
                .filter(
                    p ->
                        spec.parameters().get(p).varies()
                            && !spec.parameters().get(p).name().equals(willingnessToPay))
                .mapToObj(p -> bar(scenario, base, p))
                .toList());
    bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
    return bars.subList(0, Math.min(limit, bars.size()));
  }

  private static Bar bar(Scenario scenario, double[] base, int p) {
    Parameter parameter = scenario.spec().parameters().get(p);
    double[] v = base.clone();
    v[p] = parameter.low();
    ScenarioResult.Comparison low = scenario.evaluate(v, false).comparison();
    v[p] = parameter.high();
    ScenarioResult.Comparison high = scenario.evaluate(v, false).comparison();
    return new Bar(
        parameter.name(),
        parameter.source(),
        parameter.low(),
        parameter.high(),
        low.netMonetaryBenefit(),
        high.netMonetaryBenefit(),
        low.icer(),
        high.icer());
  }

  private static String willingnessToPayName(ModelSpec spec) {
    return spec.parameters().get(spec.willingnessToPay().index()).name();
  }
}
