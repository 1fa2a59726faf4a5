package org.openv2v.simulation.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The scenarios shipped in src/main/resources/scenarios, by name. */
public final class BuiltInScenarios {

  public static final List<String> NAMES =
      List.of(
          "korea-2023",
          "korea-domestic-manufacturing",
          "korea-more-centres",
          "korea-outpatient",
          "trial-transcend",
          "trial-juliet",
          "trial-zuma1",
          "trial-eliana",
          "trial-ensign",
          "trial-karmma",
          "trial-cartitude1",
          "trial-cilta-us-soc",
          "trial-zuma2");

  private BuiltInScenarios() {}

  /** The YAML text of a built-in scenario. */
  public static Optional<String> text(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in =
        BuiltInScenarios.class.getResourceAsStream("/scenarios/" + name + ".yaml")) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A built-in scenario by name, else a YAML file by path.
   *
   * @throws ScenarioException naming the built-in scenarios when neither exists
   */
  public static NetworkScenario nameOrFile(String nameOrFile, Vocabulary vocabulary) {
    if (NAMES.contains(nameOrFile)) {
      return load(nameOrFile, vocabulary);
    }
    Path file = Path.of(nameOrFile);
    if (!Files.isRegularFile(file)) {
      throw new ScenarioException(
          "no built-in scenario or file named '"
              + nameOrFile
              + "' (built in: "
              + String.join(", ", NAMES)
              + ")",
          "");
    }
    try {
      return new ScenarioReader(vocabulary)
          .read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ScenarioException("cannot read " + file + ": " + e.getMessage(), "");
    }
  }

  public static NetworkScenario load(String name, Vocabulary vocabulary) {
    String yaml =
        text(name)
            .orElseThrow(
                () -> new ScenarioException("no built-in scenario named '" + name + "'", ""));
    return new ScenarioReader(vocabulary).read(name + ".yaml", yaml);
  }
}
