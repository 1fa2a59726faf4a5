package org.openv2v.simulation.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.openv2v.simulation.network.Vocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scenario vocabulary read from the platform's own reference data on the class path
 * (reference/products.json and reference/korea-network.json, the files the network module serves),
 * so that simulated and operational cases name the same products and sites.
 */
public final class ReferenceVocabulary {

  private static volatile Vocabulary loaded;

  private ReferenceVocabulary() {}

  public static Vocabulary get() {
    Vocabulary vocabulary = loaded;
    if (vocabulary == null) {
      vocabulary = read();
      loaded = vocabulary;
    }
    return vocabulary;
  }

  private static Vocabulary read() {
    JsonMapper mapper = JsonMapper.shared();
    JsonNode products = tree(mapper, "/reference/products.json");
    JsonNode network = tree(mapper, "/reference/korea-network.json");
    Map<String, Set<String>> indications = new HashMap<>();
    for (JsonNode product : products.path("products").values()) {
      Set<String> codes = new LinkedHashSet<>();
      for (JsonNode indication : product.path("indications").values()) {
        codes.add(indication.path("code").asString());
      }
      indications.put(product.path("code").asString(), codes);
    }
    Map<String, Vocabulary.Site> sites = new HashMap<>();
    for (JsonNode site : network.path("sites").values()) {
      Set<String> made = new LinkedHashSet<>();
      for (JsonNode code : site.path("manufactures").values()) {
        made.add(code.asString());
      }
      String id = site.path("id").asString();
      sites.put(
          id,
          new Vocabulary.Site(
              id, site.path("type").asString(), site.path("region").asString(), made));
    }
    return new Vocabulary(indications, sites);
  }

  private static JsonNode tree(JsonMapper mapper, String resource) {
    try (InputStream in = ReferenceVocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing reference data " + resource);
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
