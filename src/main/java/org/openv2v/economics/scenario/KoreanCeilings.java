package org.openv2v.economics.scenario;

import java.io.IOException;
import java.io.InputStream;

/** The default out-of-pocket ceilings, economics/data/korea-oop-ceilings-2022.yaml. */
final class KoreanCeilings {

  static final String RESOURCE = "/economics/data/korea-oop-ceilings-2022.yaml";

  private KoreanCeilings() {}

  static YamlNode defaults() {
    try (InputStream in = KoreanCeilings.class.getResourceAsStream(RESOURCE)) {
      return YamlNode.parse(ModelLoader.read(in), RESOURCE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }
}
