package org.openv2v.shared.yaml;

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
 * One field of a YAML file (a scenario, a model, a reference table) with its file, line and path
 * from the root ({@code arms[0].survival.os}), read as the type the caller expects, so that every
 * complaint names where it is. SnakeYAML composes the file into nodes that keep their lines; no
 * YAML tags run. Each module turns a complaint into its own exception through a {@link Complaint}.
 */
public final class YamlField {

  /** Makes the reading module's own exception for a problem at a place in a file. */
  @FunctionalInterface
  public interface Complaint {
    /**
     * @param line 1-based, or 0 when the parser cannot say
     * @param path the dotted path of the field, or empty for the whole file
     */
    RuntimeException at(String file, int line, String path, String reason);
  }

  private final Node node;
  private final String path;
  private final String file;
  private final Complaint complaint;

  private YamlField(Node node, String path, String file, Complaint complaint) {
    this.node = node;
    this.path = path;
    this.file = file;
    this.complaint = complaint;
  }

  /**
   * The root of a YAML text, or the complaint naming the line where it is broken.
   *
   * @param kind what the file is, for the complaint about an empty one ("scenario")
   */
  public static YamlField parse(String text, String file, String kind, Complaint complaint) {
    LoaderOptions options = new LoaderOptions();
    // Duplicates are let through here so that fields() can name the twice-given field and path.
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(20);
    options.setCodePointLimit(2 * 1024 * 1024);
    Node root;
    try {
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw complaint.at(file, line, "", "not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw complaint.at(file, 0, "", "not valid YAML: " + e.getMessage());
    }
    if (root == null) {
      throw complaint.at(file, 1, "", "the " + kind + " is empty");
    }
    return new YamlField(root, "", file, complaint);
  }

  public int line() {
    return node.getStartMark().getLine() + 1;
  }

  public String path() {
    return path;
  }

  public String file() {
    return file;
  }

  /** The exception for a problem with this field, to throw. */
  public RuntimeException problem(String reason) {
    return complaint.at(file, line(), path, reason);
  }

  public boolean isScalar() {
    return node instanceof ScalarNode;
  }

  public boolean isSequence() {
    return node instanceof SequenceNode;
  }

  /** The fields of a mapping in the order written; a field given twice is refused. */
  public Map<String, YamlField> fields() {
    if (!(node instanceof MappingNode mapping)) {
      throw problem("must be a mapping (name: value lines)");
    }
    Map<String, YamlField> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw problem("has a field name that is not text");
      }
      String child = join(key.getValue());
      if (fields.put(key.getValue(), new YamlField(tuple.getValueNode(), child, file, complaint))
          != null) {
        throw new YamlField(key, child, file, complaint).problem("is given twice");
      }
    }
    return fields;
  }

  /** Refuses fields this schema does not know, naming the first one (a typo is an error). */
  public YamlField allowOnly(Set<String> known) {
    if (!(node instanceof MappingNode mapping)) {
      throw problem("must be a mapping (name: value lines)");
    }
    fields();
    for (NodeTuple tuple : mapping.getValue()) {
      String name = ((ScalarNode) tuple.getKeyNode()).getValue();
      if (!known.contains(name)) {
        throw new YamlField(tuple.getKeyNode(), join(name), file, complaint)
            .problem(
                "is not a known field (expected one of "
                    + String.join(", ", known.stream().sorted().toList())
                    + ")");
      }
    }
    return this;
  }

  public Optional<YamlField> field(String name) {
    return Optional.ofNullable(fields().get(name));
  }

  public YamlField required(String name) {
    return field(name).orElseThrow(() -> complaint.at(file, line(), join(name), "is required"));
  }

  public List<YamlField> items() {
    if (!(node instanceof SequenceNode sequence)) {
      throw problem("must be a list");
    }
    List<YamlField> items = new ArrayList<>();
    List<Node> values = sequence.getValue();
    for (int i = 0; i < values.size(); i++) {
      items.add(new YamlField(values.get(i), path + "[" + i + "]", file, complaint));
    }
    return items;
  }

  /** Every single value under this field, in the order written (mappings and lists walked). */
  public List<YamlField> leaves() {
    List<YamlField> leaves = new ArrayList<>();
    collectLeaves(leaves);
    return leaves;
  }

  private void collectLeaves(List<YamlField> leaves) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          new YamlField(tuple.getValueNode(), join(key.getValue()), file, complaint)
              .collectLeaves(leaves);
        }
      }
    } else if (node instanceof SequenceNode) {
      items().forEach(item -> item.collectLeaves(leaves));
    } else {
      leaves.add(this);
    }
  }

  /** The value as written (it may be empty). */
  public String text() {
    if (!(node instanceof ScalarNode scalar)) {
      throw problem("must be a single value");
    }
    return scalar.getValue();
  }

  /** The value without surrounding spaces, which must leave something. */
  public String nonEmptyText() {
    if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
      throw problem("must be a non-empty text");
    }
    return scalar.getValue().trim();
  }

  /** A finite number; {@code 1_000} is read as 1000. */
  public double number() {
    if (!(node instanceof ScalarNode scalar)) {
      throw problem("must be a number");
    }
    String text = scalar.getValue();
    double value;
    try {
      value = Double.parseDouble(text.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw problem("must be a number, not '" + text + "'");
    }
    if (!Double.isFinite(value)) {
      throw problem("must be a finite number, not '" + text + "'");
    }
    return value;
  }

  public int whole() {
    double value = number();
    if (value != Math.rint(value) || Math.abs(value) > 1_000_000_000) {
      throw problem("must be a whole number, not '" + text() + "'");
    }
    return (int) value;
  }

  public boolean bool() {
    return switch (text().trim()) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw problem("must be true or false, not '" + text() + "'");
    };
  }

  public double positive() {
    double value = number();
    if (!(value > 0)) {
      throw problem("must be > 0");
    }
    return value;
  }

  public double nonNegative() {
    double value = number();
    if (value < 0) {
      throw problem("must be >= 0");
    }
    return value;
  }

  public double fraction() {
    double value = number();
    if (value < 0 || value > 1) {
      throw problem("must be a fraction between 0 and 1");
    }
    return value;
  }

  public int positiveWhole() {
    double value = number();
    if (value != Math.rint(value) || value < 1 || value > 1_000_000) {
      throw problem("must be > 0 (a whole number up to 1000000)");
    }
    return (int) value;
  }

  public int nonNegativeWhole() {
    double value = number();
    if (value != Math.rint(value) || value < 0 || value > 1_000_000) {
      throw problem("must be a whole number >= 0");
    }
    return (int) value;
  }

  private String join(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
