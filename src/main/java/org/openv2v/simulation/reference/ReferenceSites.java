package org.openv2v.simulation.reference;

import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * The sites of reference/korea-network.json, read once for both their uses: the scenario vocabulary
 * (id, type, region, what a site manufactures) and the names reports show.
 */
final class ReferenceSites {

  private static volatile List<Site> loaded;

  private ReferenceSites() {}

  static List<Site> all() {
    List<Site> sites = loaded;
    if (sites == null) {
      sites = ReferenceFile.objects("/reference/korea-network.json", "sites", Site::new);
      loaded = sites;
    }
    return sites;
  }

  /** A site as the file gives it; a field the file leaves out is empty. */
  static final class Site implements ReferenceFile.Field {
    String id = "";
    String name = "";
    String koreanName = "";
    String type = "";
    String region = "";
    List<String> manufactures = List.of();

    @Override
    public boolean read(String field, JsonParser parser) {
      switch (field) {
        case "id" -> id = parser.getString();
        case "name" -> name = parser.getString();
        case "koreanName" -> koreanName = parser.getString();
        case "type" -> type = parser.getString();
        case "region" -> region = parser.getString();
        case "manufactures" -> manufactures = ReferenceFile.texts(parser);
        default -> {
          return false;
        }
      }
      return true;
    }
  }
}
