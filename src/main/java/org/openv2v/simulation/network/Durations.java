package org.openv2v.simulation.network;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openv2v.shared.yaml.YamlField;
import org.openv2v.simulation.engine.Distribution;

/**
 * A duration in days of a scenario file: a plain number (fixed), or one of {@code {exponential:
 * {mean}}}, {@code {lognormal: {median, sigma}}}, {@code {gamma: {shape, scale}}}, {@code {weibull:
 * {shape, scale}}}, {@code {empirical: [values]}}.
 */
final class Durations {

  private Durations() {}

  static Distribution of(YamlField field) {
    if (field.isScalar()) {
      return new Distribution.Fixed(field.nonNegative());
    }
    Map<String, YamlField> kinds =
        field
            .allowOnly(Set.of("fixed", "exponential", "lognormal", "gamma", "weibull", "empirical"))
            .fields();
    if (kinds.size() != 1) {
      throw field.problem("must name exactly one distribution");
    }
    Map.Entry<String, YamlField> only = kinds.entrySet().iterator().next();
    YamlField spec = only.getValue();
    return switch (only.getKey()) {
      case "fixed" -> new Distribution.Fixed(spec.nonNegative());
      case "exponential" -> {
        spec.allowOnly(Set.of("mean"));
        yield new Distribution.Exponential(spec.required("mean").positive());
      }
      case "lognormal" -> {
        spec.allowOnly(Set.of("median", "sigma"));
        yield Distribution.LogNormal.ofMedian(
            spec.required("median").positive(), spec.required("sigma").positive());
      }
      case "gamma" -> {
        spec.allowOnly(Set.of("shape", "scale"));
        yield new Distribution.GammaDistribution(
            spec.required("shape").positive(), spec.required("scale").positive());
      }
      case "weibull" -> {
        spec.allowOnly(Set.of("shape", "scale"));
        yield new Distribution.Weibull(
            spec.required("shape").positive(), spec.required("scale").positive());
      }
      default -> {
        List<YamlField> values = spec.items();
        if (values.isEmpty()) {
          throw spec.problem("needs at least one value");
        }
        double[] numbers = new double[values.size()];
        for (int i = 0; i < numbers.length; i++) {
          numbers[i] = values.get(i).nonNegative();
        }
        yield new Distribution.Empirical(numbers);
      }
    };
  }
}
