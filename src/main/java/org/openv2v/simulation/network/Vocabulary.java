package org.openv2v.simulation.network;

import java.util.Map;
import java.util.Set;

/**
 * The platform's reference data a scenario must speak: product codes with their indications, and
 * sites with their type, region and what they manufacture.
 */
public record Vocabulary(Map<String, Set<String>> indicationsByProduct, Map<String, Site> sites) {

  public Vocabulary {
    indicationsByProduct = Map.copyOf(indicationsByProduct);
    sites = Map.copyOf(sites);
  }

  /** A site of the network: {@code type} as in the network module's SiteType. */
  public record Site(String id, String type, String region, Set<String> manufactures) {}
}
