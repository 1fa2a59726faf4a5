package org.openv2v.economics.scenario;

import java.io.IOException;
import java.io.InputStream;
import org.openv2v.shared.yaml.YamlField;

/** The default out-of-pocket ceilings, economics/data/korea-oop-ceilings-2022.yaml. */
final class KoreanCeilings {

  static final String RESOURCE = "/economics/data/korea-oop-ceilings-2022.yaml";

  private KoreanCeilings() {}

  static YamlField defaults() {
    try (InputStream in = KoreanCeilings.class.getResourceAsStream(RESOURCE)) {
      return YamlField.parse(ModelLoader.read(in), RESOURCE, "data file", ModelLoadException::new);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }
}
