package org.openv2v.economics.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** The models shipped with the platform, in src/main/resources/economics/models. */
public final class BuiltInModels {

  public static final List<String> NAMES =
      List.of(
          "korea-tisacel-dlbcl",
          "korea-ciltacel-mm",
          "korea-tisacel-ball",
          "us-axicel-site-of-care");

  private BuiltInModels() {}

  /** The model file's text, if {@code name} is a built-in model. */
  public static Optional<String> text(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    String resource = "/economics/models/" + name + ".yaml";
    try (InputStream in = BuiltInModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return Optional.of(ModelLoader.read(in));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  public static ModelSpec load(String name) {
    return ModelLoader.load(
        text(name).orElseThrow(() -> new IllegalArgumentException("no built-in model " + name)),
        name + ".yaml");
  }
}
