package org.openv2v.economics.scenario;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a model file with its line and its path from the root ({@code arms[0].survival.os}), so
 * that every load error can say where it is. Composed, never constructed: no YAML tags run.
 */
final class YamlNode {

  private final Node node;
  private final String path;
  private final String origin;

  private YamlNode(Node node, String path, String origin) {
    this.node = node;
    this.path = path;
    this.origin = origin;
  }

  static YamlNode parse(String text, String origin) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(2 * 1024 * 1024);
    try {
      Node root = new Yaml(options).compose(new StringReader(text));
      if (root == null) {
        throw new ModelLoadException(origin, 0, "", "the model file is empty");
      }
      return new YamlNode(root, "", origin);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new ModelLoadException(origin, line, "", "not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new ModelLoadException(origin, 0, "", "not valid YAML: " + e.getMessage());
    }
  }

  int line() {
    return node.getStartMark().getLine() + 1;
  }

  String path() {
    return path;
  }

  String origin() {
    return origin;
  }

  ModelLoadException error(String reason) {
    return new ModelLoadException(origin, line(), path, reason);
  }

  boolean isScalar() {
    return node instanceof ScalarNode;
  }

  boolean isMapping() {
    return node instanceof MappingNode;
  }

  boolean isSequence() {
    return node instanceof SequenceNode;
  }

  Map<String, YamlNode> fields() {
    if (!(node instanceof MappingNode mapping)) {
      throw error("must be a mapping (name: value lines)");
    }
    Map<String, YamlNode> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw error("keys must be plain names");
      }
      String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
      fields.put(key.getValue(), new YamlNode(tuple.getValueNode(), child, origin));
    }
    return fields;
  }

  /** Refuses fields this schema does not know, naming the first one (a typo is an error). */
  YamlNode allowOnly(Set<String> known) {
    for (Map.Entry<String, YamlNode> field : fields().entrySet()) {
      if (!known.contains(field.getKey())) {
        throw field
            .getValue()
            .error(
                "unknown field \""
                    + field.getKey()
                    + "\"; expected one of "
                    + known.stream().sorted().toList());
      }
    }
    return this;
  }

  Optional<YamlNode> field(String name) {
    return Optional.ofNullable(fields().get(name));
  }

  YamlNode required(String name) {
    return field(name)
        .orElseThrow(
            () ->
                new ModelLoadException(
                    origin, line(), path.isEmpty() ? name : path + "." + name, "is required"));
  }

  List<YamlNode> items() {
    if (!(node instanceof SequenceNode sequence)) {
      throw error("must be a list");
    }
    List<YamlNode> items = new ArrayList<>();
    List<Node> values = sequence.getValue();
    for (int i = 0; i < values.size(); i++) {
      items.add(new YamlNode(values.get(i), path + "[" + i + "]", origin));
    }
    return items;
  }

  String text() {
    if (!(node instanceof ScalarNode scalar)) {
      throw error("must be a single value");
    }
    return scalar.getValue();
  }

  double number() {
    String text = text().trim().replace("_", "");
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value)) {
        throw error("must be a finite number, was " + text());
      }
      return value;
    } catch (NumberFormatException e) {
      throw error("must be a number, was \"" + text() + "\"");
    }
  }

  int integer() {
    double value = number();
    if (value != Math.rint(value) || Math.abs(value) > 1_000_000_000) {
      throw error("must be a whole number, was " + text());
    }
    return (int) value;
  }

  boolean bool() {
    return switch (text().trim()) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw error("must be true or false, was " + text());
    };
  }
}
