package org.openv2v.economics.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.openv2v.shared.yaml.YamlField;

/**
 * Unit-cost files, economics/data/NAME-unit-costs-YEAR.yaml: entries written as model numbers
 * ({value, distribution, sd, source, note}) that a model brings into its shared parameters with
 * {@code unitCosts: korea-2022} and uses as {@code {ref: key}}.
 */
final class UnitCosts {

  private static final Map<String, String> FILES =
      Map.of("korea-2022", "/economics/data/korea-unit-costs-2022.yaml");

  private UnitCosts() {}

  static YamlField named(YamlField node) {
    String name = node.text();
    String resource = FILES.get(name);
    if (resource == null) {
      throw node.problem(
          "no unit-cost file " + name + " (" + String.join(", ", FILES.keySet()) + ")");
    }
    try (InputStream in = UnitCosts.class.getResourceAsStream(resource)) {
      return YamlField.parse(ModelLoader.read(in), resource, "data file", ModelLoadException::new);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
