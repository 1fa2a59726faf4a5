package org.openv2v.economics.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns what a user names (a built-in model or a model file) and an optional simulation directory
 * into a scenario. A {@code simulation:} path in a model file is relative to that file.
 */
public final class ModelSource {

  static final long MAX_BYTES = 2L * 1024 * 1024;

  private ModelSource() {}

  public static Scenario open(String model, Optional<Path> simulation) {
    ModelSpec spec;
    Optional<Path> base = Optional.empty();
    if (BuiltInModels.NAMES.contains(model)) {
      spec = BuiltInModels.load(model);
    } else {
      Path file = Path.of(model);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(
            "no built-in model or file named "
                + model
                + " (built in: "
                + BuiltInModels.NAMES
                + ")");
      }
      try {
        if (Files.size(file) > MAX_BYTES) {
          throw new IllegalArgumentException(model + " is larger than " + MAX_BYTES + " bytes");
        }
        spec = ModelLoader.load(Files.readString(file), file.getFileName().toString());
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read " + model + ": " + e.getMessage());
      }
      base = Optional.ofNullable(file.toAbsolutePath().getParent());
    }
    return withSimulation(spec, simulation, base);
  }

  /** A scenario from a model's text (the API), without file-relative simulation paths. */
  public static Scenario fromText(String text, String origin) {
    ModelSpec spec = ModelLoader.load(text, origin);
    if (spec.itt().flatMap(ModelSpec.IntentionToTreat::simulation).isPresent()) {
      throw new ModelLoadException(
          origin,
          0,
          "simulation",
          "a model sent over the API cannot read files; leave simulation out");
    }
    return new Scenario(spec, Optional.empty());
  }

  private static Scenario withSimulation(ModelSpec spec, Optional<Path> flag, Optional<Path> base) {
    Optional<Path> dir =
        flag.or(
            () ->
                spec.itt()
                    .flatMap(ModelSpec.IntentionToTreat::simulation)
                    .map(p -> base.map(b -> b.resolve(p)).orElse(Path.of(p))));
    if (dir.isPresent() && spec.itt().isEmpty()) {
      throw new IllegalArgumentException(
          "model "
              + spec.name()
              + " has no intentionToTreat block, so a simulation cannot be applied");
    }
    return new Scenario(spec, dir.map(SimulationSummary::read));
  }
}
