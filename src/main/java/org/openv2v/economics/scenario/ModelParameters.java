package org.openv2v.economics.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openv2v.economics.model.ParameterDistribution;
import org.openv2v.shared.yaml.YamlField;

/**
 * The inputs of a model as its file is read: every number gets a named {@link Parameter} (its path
 * in the file, its line and source) and is referred to by index, so that the one-way and
 * probabilistic analyses can vary it.
 */
final class ModelParameters {

  private final List<Parameter> parameters = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private final Map<String, Num> named = new HashMap<>();
  private final Set<Integer> probabilities = new HashSet<>();
  private final Set<Integer> methodological = new HashSet<>();

  Parameter get(int index) {
    return parameters.get(index);
  }

  List<Parameter> all() {
    return List.copyOf(parameters);
  }

  /** An entry of the parameters block or of the unit costs, for {@code {ref: name}}. */
  void name(String name, Num num) {
    named.put(name, num);
  }

  /** Marks an input as a choice of method, kept fixed in the PSA. */
  void methodological(Num num) {
    methodological.add(num.index());
  }

  /**
   * Gives every input without a stated distribution one of the model's default width: a standard
   * deviation of {@code assumption} (for inputs whose source is an assumption) or {@code sourced}
   * (published figures without a published spread) times the value, or for a probability times its
   * distance to the nearer of 0 and 1; beta for probabilities, gamma for positive numbers. The
   * discount rates and the willingness to pay are choices of method, not uncertain inputs: they
   * stay fixed in the PSA and are varied one way only. Zeros and probabilities of 1 cannot be
   * scaled; the model file must state their distribution (e.g. uniform).
   */
  void defaultSpreads(YamlField node) {
    node.allowOnly(Set.of("assumption", "sourced", "source"));
    double assumption = node.required("assumption").number();
    double sourced = node.required("sourced").number();
    if (!(assumption > 0 && assumption <= 1) || !(sourced > 0 && sourced <= 1)) {
      throw node.problem("assumption and sourced are relative standard deviations in (0, 1]");
    }
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      if (p.line() == 0 || p.distribution().isPresent() || methodological.contains(i)) {
        continue;
      }
      double relative = p.isAssumption() ? assumption : sourced;
      double value = p.base();
      ParameterDistribution d;
      if (probabilities.contains(i)) {
        if (value <= 0 || value >= 1) {
          continue;
        }
        d = ParameterDistribution.of("beta", value, relative * Math.min(value, 1 - value));
      } else if (value > 0) {
        d = ParameterDistribution.of("gamma", value, relative * value);
      } else if (value < 0) {
        d = ParameterDistribution.of("normal", value, -relative * value);
      } else {
        continue;
      }
      boolean ranged = p.low() != value || p.high() != value;
      parameters.set(
          i,
          new Parameter(
              p.name(),
              value,
              p.source(),
              Optional.of(d),
              ranged ? p.low() : d.quantile(0.025),
              ranged ? p.high() : d.quantile(0.975),
              p.line(),
              "default for %s: %s, sd %.0f%% of %s"
                  .formatted(
                      p.isAssumption() ? "assumptions" : "sourced figures",
                      d.type(),
                      100 * relative,
                      probabilities.contains(i) ? "the distance to 0 or 1" : "the value")));
    }
  }

  /**
   * The source a node names, else the one it inherits: sources cascade from the model to its blocks
   * and entries, so a number cites the nearest source written above it.
   */
  static String sourceOf(YamlField node, String inherited) {
    return node.field("source").map(YamlField::text).orElse(inherited);
  }

  /** A number that must lie in [0, 1]; its default PSA spread is beta. */
  Num probability(YamlField node, String inherited) {
    Num num = num(node, inherited);
    Parameter p = parameters.get(num.index());
    if (p.base() < 0 || p.base() > 1) {
      throw node.problem("must be a probability between 0 and 1, was " + p.base());
    }
    probabilities.add(num.index());
    return num;
  }

  /** A structural default for a field the file leaves out: fixed, never varied. */
  Num constant(String name, double value) {
    return add(
        new Parameter(name, value, "structural default", Optional.empty(), value, value, 0, ""));
  }

  /** A number written plainly, as {@code {value, source, distribution, ...}} or {@code {ref}}. */
  Num num(YamlField node, String inherited) {
    if (node.isScalar()) {
      double value = node.number();
      return add(
          new Parameter(
              node.path(),
              value,
              inherited.isBlank() ? "unsourced" : inherited,
              Optional.empty(),
              value,
              value,
              node.line(),
              ""));
    }
    if (node.field("ref").isPresent()) {
      node.allowOnly(Set.of("ref"));
      String ref = node.required("ref").text();
      Num shared = named.get(ref);
      if (shared == null) {
        throw node.required("ref")
            .problem(
                "names no entry of the parameters block; known: "
                    + named.keySet().stream().sorted().toList());
      }
      return shared;
    }
    node.allowOnly(Set.of("value", "source", "distribution", "sd", "low", "high", "note"));
    double value = node.required("value").number();
    String source = sourceOf(node, inherited.isBlank() ? "unsourced" : inherited);
    Optional<ParameterDistribution> distribution = Optional.empty();
    if (node.field("distribution").map(YamlField::text).orElse("").equals("uniform")) {
      try {
        distribution =
            Optional.of(
                ParameterDistribution.uniform(
                    node.required("low").number(), node.required("high").number()));
      } catch (IllegalArgumentException e) {
        throw node.required("distribution").problem(e.getMessage());
      }
    } else if (node.field("distribution").isPresent()) {
      try {
        distribution =
            Optional.of(
                ParameterDistribution.of(
                    node.required("distribution").text(), value, node.required("sd").number()));
      } catch (IllegalArgumentException e) {
        throw node.required("distribution").problem(e.getMessage());
      }
    }
    double low =
        node.field("low")
            .map(YamlField::number)
            .orElse(distribution.map(d -> d.quantile(0.025)).orElse(value));
    double high =
        node.field("high")
            .map(YamlField::number)
            .orElse(distribution.map(d -> d.quantile(0.975)).orElse(value));
    return add(
        new Parameter(
            node.path(),
            value,
            source,
            distribution,
            low,
            high,
            node.line(),
            distribution.isPresent() ? Parameter.STATED : ""));
  }

  private Num add(Parameter parameter) {
    if (!names.add(parameter.name())) {
      throw new ModelLoadException("model", parameter.line(), parameter.name(), "defined twice");
    }
    parameters.add(parameter);
    return new Num(parameters.size() - 1);
  }
}
