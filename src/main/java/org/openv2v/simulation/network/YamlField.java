package org.openv2v.simulation.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openv2v.simulation.engine.Distribution;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a scenario file with its dotted path, so that every complaint names the file, the line
 * and the field ("korea-2023.yaml line 14: manufacturing.slotsPerWeek must be > 0").
 */
final class YamlField {

  private final String file;
  private final String path;
  private final Node node;

  YamlField(String file, String path, Node node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  /** The root of a YAML text, or a complaint naming the file and line where it is broken. */
  static YamlField root(String fileName, String text) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true);
      options.setMaxAliasesForCollections(10);
      root =
          new Yaml(
                  new SafeConstructor(options),
                  new org.yaml.snakeyaml.representer.Representer(
                      new org.yaml.snakeyaml.DumperOptions()),
                  new org.yaml.snakeyaml.DumperOptions(),
                  options)
              .compose(new java.io.StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
      throw new ScenarioException(
          fileName + " line " + line + ": not valid YAML: " + e.getProblem(), "");
    } catch (YAMLException e) {
      throw new ScenarioException(fileName + ": not valid YAML: " + e.getMessage(), "");
    }
    if (root == null) {
      throw new ScenarioException(fileName + " line 1: the scenario is empty", "");
    }
    return new YamlField(fileName, "", root);
  }

  Node node() {
    return node;
  }

  String path() {
    return path;
  }

  ScenarioException problem(String reason) {
    String where = path.isEmpty() ? "" : path + " ";
    return new ScenarioException(
        file + " line " + (node.getStartMark().getLine() + 1) + ": " + where + reason, path);
  }

  Map<String, YamlField> fields(Set<String> allowed) {
    if (!(node instanceof MappingNode mapping)) {
      throw problem("must be a mapping of fields");
    }
    Map<String, YamlField> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw problem("has a field name that is not text");
      }
      String name = key.getValue();
      YamlField child = new YamlField(file, join(name), tuple.getValueNode());
      if (allowed != null && !allowed.contains(name)) {
        throw new YamlField(file, join(name), key)
            .problem("is not a known field (expected one of " + String.join(", ", allowed) + ")");
      }
      if (fields.put(name, child) != null) {
        throw new YamlField(file, join(name), key).problem("is given twice");
      }
    }
    return fields;
  }

  static YamlField required(Map<String, YamlField> fields, String name, YamlField parent) {
    YamlField field = fields.get(name);
    if (field == null) {
      throw parent.problem("needs the field '" + name + "'");
    }
    return field;
  }

  List<YamlField> items() {
    if (!(node instanceof SequenceNode sequence)) {
      throw problem("must be a list");
    }
    List<YamlField> items = new ArrayList<>();
    List<Node> nodes = sequence.getValue();
    for (int i = 0; i < nodes.size(); i++) {
      items.add(new YamlField(file, path + "[" + i + "]", nodes.get(i)));
    }
    return items;
  }

  String text() {
    if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
      throw problem("must be a non-empty text");
    }
    return scalar.getValue().trim();
  }

  double number() {
    if (!(node instanceof ScalarNode scalar)) {
      throw problem("must be a number");
    }
    try {
      double value = Double.parseDouble(scalar.getValue().trim().replace("_", ""));
      if (!Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw problem("must be a number, not '" + scalar.getValue() + "'");
    }
  }

  double positive() {
    double value = number();
    if (!(value > 0)) {
      throw problem("must be > 0");
    }
    return value;
  }

  double nonNegative() {
    double value = number();
    if (value < 0) {
      throw problem("must be >= 0");
    }
    return value;
  }

  double fraction() {
    double value = number();
    if (value < 0 || value > 1) {
      throw problem("must be a fraction between 0 and 1");
    }
    return value;
  }

  int positiveWhole() {
    double value = number();
    if (value != Math.rint(value) || value < 1 || value > 1_000_000) {
      throw problem("must be > 0 (a whole number up to 1000000)");
    }
    return (int) value;
  }

  int nonNegativeWhole() {
    double value = number();
    if (value != Math.rint(value) || value < 0 || value > 1_000_000) {
      throw problem("must be a whole number >= 0");
    }
    return (int) value;
  }

  /**
   * A duration in days: a plain number (fixed), or one of {@code {exponential: {mean}}}, {@code
   * {lognormal: {median, sigma}}}, {@code {gamma: {shape, scale}}}, {@code {weibull: {shape,
   * scale}}}, {@code {empirical: [values]}}.
   */
  Distribution distribution() {
    if (node instanceof ScalarNode) {
      return new Distribution.Fixed(nonNegative());
    }
    Map<String, YamlField> kinds =
        fields(Set.of("fixed", "exponential", "lognormal", "gamma", "weibull", "empirical"));
    if (kinds.size() != 1) {
      throw problem("must name exactly one distribution");
    }
    Map.Entry<String, YamlField> only = kinds.entrySet().iterator().next();
    YamlField spec = only.getValue();
    return switch (only.getKey()) {
      case "fixed" -> new Distribution.Fixed(spec.nonNegative());
      case "exponential" -> {
        Map<String, YamlField> f = spec.fields(Set.of("mean"));
        yield new Distribution.Exponential(required(f, "mean", spec).positive());
      }
      case "lognormal" -> {
        Map<String, YamlField> f = spec.fields(Set.of("median", "sigma"));
        yield Distribution.LogNormal.ofMedian(
            required(f, "median", spec).positive(), required(f, "sigma", spec).positive());
      }
      case "gamma" -> {
        Map<String, YamlField> f = spec.fields(Set.of("shape", "scale"));
        yield new Distribution.GammaDistribution(
            required(f, "shape", spec).positive(), required(f, "scale", spec).positive());
      }
      case "weibull" -> {
        Map<String, YamlField> f = spec.fields(Set.of("shape", "scale"));
        yield new Distribution.Weibull(
            required(f, "shape", spec).positive(), required(f, "scale", spec).positive());
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

  private String join(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
