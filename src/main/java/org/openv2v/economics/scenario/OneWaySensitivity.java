package org.openv2v.economics.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

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
    List<Bar> bars = new ArrayList<>();
    for (int p = 0; p < spec.parameters().size(); p++) {
      Parameter parameter = spec.parameters().get(p);
      if (!parameter.varies() || parameter.name().equals(willingnessToPayName(spec))) {
        continue;
      }
      double[] v = base.clone();
      v[p] = parameter.low();
      ScenarioResult.Comparison low = scenario.evaluate(v, false).comparison();
      v[p] = parameter.high();
      ScenarioResult.Comparison high = scenario.evaluate(v, false).comparison();
      bars.add(
          new Bar(
              parameter.name(),
              parameter.source(),
              parameter.low(),
              parameter.high(),
              low.netMonetaryBenefit(),
              high.netMonetaryBenefit(),
              low.icer(),
              high.icer()));
    }
    bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
    return bars.subList(0, Math.min(limit, bars.size()));
  }

  private static String willingnessToPayName(ModelSpec spec) {
    return spec.parameters().get(spec.willingnessToPay().index()).name();
  }
}
