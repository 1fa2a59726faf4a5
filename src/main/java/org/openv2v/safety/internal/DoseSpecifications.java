package org.openv2v.safety.internal;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.DoseBasis;
import org.openv2v.network.Network;
import org.openv2v.network.Product;
import org.openv2v.safety.domain.DoseRange;
import org.openv2v.shared.Refusal;
import org.springframework.stereotype.Component;

/** The products' labelled dose ranges from the network catalogue (reference/products.json). */
@Component
@RequiredArgsConstructor
public class DoseSpecifications {

  private final Network network;

  public List<DoseRange> of(String productCode) {
    Product product =
        network
            .product(productCode)
            .orElseThrow(
                () ->
                    Refusal.invalidField("productCode", "no product " + productCode)
                        .withWords("refusal.product.unknown", productCode));
    return product.doses().stream()
        .map(
            dose ->
                new DoseRange(
                    dose.population(),
                    Optional.ofNullable(dose.indicationCodes()).orElse(List.of()),
                    dose.basis() == DoseBasis.PER_KG,
                    Optional.ofNullable(dose.minCells()),
                    Optional.ofNullable(dose.targetCells()),
                    Optional.ofNullable(dose.maxCells()),
                    Optional.ofNullable(dose.capCells()),
                    Optional.ofNullable(dose.minWeightKg()),
                    Optional.ofNullable(dose.maxWeightKg()),
                    Optional.ofNullable(dose.source()).orElse("products.json")))
        .toList();
  }
}
