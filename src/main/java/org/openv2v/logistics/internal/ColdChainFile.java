package org.openv2v.logistics.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.openv2v.logistics.domain.Leg;
import org.openv2v.logistics.domain.Packaging;

/** reference/cold-chain.json as written. */
record ColdChainFile(
    int version,
    String asOf,
    String source,
    Map<Packaging, Profile> profiles,
    Map<Leg, Packaging> legs,
    String legsSource,
    Map<String, Map<Leg, Packaging>> products) {

  record Profile(
      String description,
      BigDecimal minCelsius,
      BigDecimal maxCelsius,
      String limitSource,
      boolean useProductStorageLimitOnReturnLeg,
      Integer validatedHoldHours,
      String holdSource) {}
}
