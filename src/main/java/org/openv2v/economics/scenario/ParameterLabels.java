package org.openv2v.economics.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model input's name for a reader instead of its path in the model file: {@code
 * arms[0].pathway[3].cost} becomes [Tisagenlecleucel] [Fee: treatment preparation] [cost]. Names
 * from the model file (arm labels, item and event names) come as they are; the other words are keys
 * the report translates.
 */
public final class ParameterLabels {

  /** One part of a label: a name from the model, or a word to translate ({@code key}). */
  public record Part(String text, boolean key) {}

  private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

  private ParameterLabels() {}

  public static List<Part> of(ModelSpec spec, String path) {
    List<Part> parts = new ArrayList<>();
    ModelSpec.Arm arm = null;
    for (String segment : path.split("\\.")) {
      Matcher m = INDEXED.matcher(segment);
      if (!m.matches()) {
        if (!segment.equals("parameters")) {
          parts.add(new Part(segment, true));
        }
        continue;
      }
      String list = m.group(1);
      int i = Integer.parseInt(m.group(2));
      String name = null;
      if (list.equals("arms") && i < spec.arms().size()) {
        arm = spec.arms().get(i);
        name = arm.label();
      } else if (arm != null && list.equals("pathway") && i < arm.pathway().size()) {
        name = arm.pathway().get(i).item();
      } else if (arm != null && list.equals("adverseEvents") && i < arm.adverseEvents().size()) {
        name = arm.adverseEvents().get(i).name();
      } else if (arm != null && list.equals("stateCosts") && i < arm.stateCosts().size()) {
        name = arm.stateCosts().get(i).item();
      }
      if (name != null) {
        parts.add(new Part(name, false));
      } else {
        parts.add(new Part(list, true));
        parts.add(new Part(String.valueOf(i + 1), false));
      }
    }
    return parts;
  }
}
