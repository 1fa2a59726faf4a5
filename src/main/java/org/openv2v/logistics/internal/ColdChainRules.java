package org.openv2v.logistics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.openv2v.logistics.domain.ColdChainRule;
import org.openv2v.logistics.domain.Leg;
import org.openv2v.logistics.domain.Packaging;
import org.openv2v.network.Network;
import org.openv2v.network.Product;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The cold-chain profiles, and the rule a shipment of a product on a leg is held to. */
@Component
public class ColdChainRules {

  private static final Logger log = LoggerFactory.getLogger(ColdChainRules.class);

  private final ColdChainFile file;
  private final LogisticsProperties properties;
  private final Network network;

  ColdChainRules(
      LogisticsProperties properties, ResourceLoader resources, JsonMapper json, Network network)
      throws IOException {
    this.properties = properties;
    this.network = network;
    try (InputStream in = resources.getResource(properties.rulesFile()).getInputStream()) {
      this.file = json.readValue(in, ColdChainFile.class);
    }
    for (Packaging packaging : Packaging.values()) {
      if (!file.profiles().containsKey(packaging)) {
        throw new IllegalStateException(properties.rulesFile() + " has no profile " + packaging);
      }
    }
    for (Leg leg : Leg.values()) {
      if (!file.legs().containsKey(leg)) {
        throw new IllegalStateException(properties.rulesFile() + " has no packaging for " + leg);
      }
    }
    log.info(
        "Cold-chain rules {} (as of {}): {}; brief excursion <= {}, logger gap > {}",
        properties.rulesFile(),
        file.asOf(),
        file.legs(),
        properties.briefExcursionTolerance(),
        properties.maxLoggerGap());
  }

  /** The packaging a leg of this product travels in unless the booking says otherwise. */
  public Packaging defaultPackaging(String productCode, Leg leg) {
    return file.products()
        .getOrDefault(productCode, Map.of())
        .getOrDefault(leg, file.legs().get(leg));
  }

  /**
   * The rule for a shipment: the profile's limits, except that the finished product on its way back
   * is held to its own storage limit where its label gives one.
   */
  public ColdChainRule ruleFor(String productCode, Leg leg, Packaging packaging) {
    ColdChainFile.Profile profile = file.profiles().get(packaging);
    BigDecimal max = profile.maxCelsius();
    String limitSource = profile.limitSource();
    if (profile.useProductStorageLimitOnReturnLeg() && leg == Leg.TO_TREATMENT_CENTRE) {
      Optional<Product.Handling> handling = network.product(productCode).map(Product::handling);
      if (handling.isPresent() && handling.get().storageMaxCelsius() != null) {
        max = BigDecimal.valueOf(handling.get().storageMaxCelsius());
        limitSource =
            productCode
                + " label storage limit: "
                + Optional.ofNullable(handling.get().source()).orElse("products.json");
      }
    }
    return new ColdChainRule(
        packaging,
        Optional.ofNullable(profile.minCelsius()),
        max,
        limitSource,
        properties.briefExcursionTolerance(),
        properties.maxLoggerGap(),
        Optional.ofNullable(profile.validatedHoldHours()).map(Duration::ofHours),
        profile.holdSource() == null ? "" : profile.holdSource());
  }
}
