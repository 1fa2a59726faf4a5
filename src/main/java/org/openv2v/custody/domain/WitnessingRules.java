package org.openv2v.custody.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which steps need a second signer, a witness: a default for every product, and per-product
 * overrides that replace the default for that product. Configured in {@code
 * reference/custody-witnessing.json}.
 *
 * @param witnessedSteps the default
 * @param perProduct each product's own set, replacing the default, by product code
 */
public record WitnessingRules(
    Set<CustodyStep> witnessedSteps, Map<String, Set<CustodyStep>> perProduct) {

  public WitnessingRules {
    witnessedSteps = Set.copyOf(witnessedSteps);
    perProduct = Map.copyOf(perProduct);
  }

  public boolean requiresWitness(String productCode, CustodyStep step) {
    return stepsFor(productCode).contains(step);
  }

  public Set<CustodyStep> stepsFor(String productCode) {
    Set<CustodyStep> steps = perProduct.getOrDefault(productCode, witnessedSteps);
    return steps.isEmpty() ? Set.of() : EnumSet.copyOf(steps);
  }
}
