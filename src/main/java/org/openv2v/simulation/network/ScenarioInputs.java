package org.openv2v.simulation.network;

import java.util.ArrayList;
import java.util.List;
import org.openv2v.shared.yaml.YamlField;

/**
 * Every number and name of a scenario file with the source its author wrote beside it: the comment
 * on the field's line, else the comment lines just above it. This is the report's table of inputs,
 * so a reader sees each value with its citation (or "assumption") without opening the file.
 */
final class ScenarioInputs {

  private ScenarioInputs() {}

  static List<NetworkScenario.Input> of(String text, YamlField root) {
    String[] lines = text.split("\r?\n", -1);
    List<NetworkScenario.Input> inputs = new ArrayList<>();
    for (YamlField leaf : root.leaves()) {
      if (!leaf.path().equals("name") && !leaf.path().equals("description")) {
        int line = leaf.line() - 1;
        inputs.add(
            new NetworkScenario.Input(leaf.path(), leaf.text(), source(lines, line), line + 1));
      }
    }
    return inputs;
  }

  /** The comment on the line, else the block of comment lines right above it; "" if none. */
  static String source(String[] lines, int line) {
    String own = comment(lines[line]);
    if (!own.isEmpty()) {
      return own;
    }
    List<String> above = new ArrayList<>();
    for (int i = line - 1; i >= 0 && lines[i].strip().startsWith("#"); i--) {
      above.add(0, lines[i].strip().substring(1).strip());
    }
    return String.join(" ", above);
  }

  /** The text after an unquoted '#' that starts a comment. */
  private static String comment(String line) {
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'' && !dbl) {
        single = !single;
      } else if (c == '"' && !single) {
        dbl = !dbl;
      } else if (c == '#'
          && !single
          && !dbl
          && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(i + 1).strip();
      }
    }
    return "";
  }
}
