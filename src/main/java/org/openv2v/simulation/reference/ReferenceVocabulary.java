package org.openv2v.simulation.reference;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.openv2v.simulation.network.Vocabulary;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

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
    Map<String, Set<String>> indications = new HashMap<>();
    for (Product product :
        ReferenceFile.objects("/reference/products.json", "products", Product::new)) {
      indications.put(product.code, product.indications);
    }
    Map<String, Vocabulary.Site> sites = new HashMap<>();
    for (ReferenceSites.Site site : ReferenceSites.all()) {
      sites.put(
          site.id,
          new Vocabulary.Site(
              site.id, site.type, site.region, new LinkedHashSet<>(site.manufactures)));
    }
    return new Vocabulary(indications, sites);
  }

  /** A product's code and the codes of its indications. */
  private static final class Product implements ReferenceFile.Field {
    private String code = "";
    private final Set<String> indications = new LinkedHashSet<>();

    @Override
    public boolean read(String name, JsonParser parser) {
      switch (name) {
        case "code" -> code = parser.getString();
        case "indications" -> {
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            ReferenceFile.fields(parser, this::indication);
          }
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    private boolean indication(String name, JsonParser parser) {
      if (!name.equals("code")) {
        return false;
      }
      indications.add(parser.getString());
      return true;
    }
  }
}
