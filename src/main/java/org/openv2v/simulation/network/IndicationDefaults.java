package org.openv2v.simulation.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openv2v.shared.yaml.YamlField;

/**
 * The calibrated waiting hazards and the referral demographics per indication
 * (simulation/indications.yaml, each number with its source there), used where a scenario gives
 * none of its own.
 */
final class IndicationDefaults {

  private static final String FILE = "indications.yaml";
  private static volatile IndicationDefaults loaded;

  private final Map<String, NetworkScenario.Hazards> hazards;
  private final Map<String, NetworkScenario.Population> population;

  private IndicationDefaults(
      Map<String, NetworkScenario.Hazards> hazards,
      Map<String, NetworkScenario.Population> population) {
    this.hazards = Map.copyOf(hazards);
    this.population = Map.copyOf(population);
  }

  static IndicationDefaults get() {
    IndicationDefaults defaults = loaded;
    if (defaults == null) {
      defaults = read();
      loaded = defaults;
    }
    return defaults;
  }

  NetworkScenario.Hazards hazards(String indication) {
    return hazards.get(indication);
  }

  NetworkScenario.Population population(String indication) {
    return population.get(indication);
  }

  private static IndicationDefaults read() {
    String text;
    try (InputStream in = IndicationDefaults.class.getResourceAsStream("/simulation/" + FILE)) {
      if (in == null) {
        throw new IllegalStateException("Missing /simulation/" + FILE);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    YamlField root = YamlField.parse(text, FILE, "file", ScenarioException::at);
    Map<String, NetworkScenario.Hazards> hazards = new LinkedHashMap<>();
    Map<String, NetworkScenario.Population> population = new LinkedHashMap<>();
    for (Map.Entry<String, YamlField> entry : root.fields().entrySet()) {
      entry.getValue().allowOnly(Set.of("hazards", "population"));
      hazards.put(entry.getKey(), ScenarioReader.hazard(entry.getValue().required("hazards")));
      population.put(
          entry.getKey(), ScenarioReader.population(entry.getValue().required("population")));
    }
    return new IndicationDefaults(hazards, population);
  }
}
