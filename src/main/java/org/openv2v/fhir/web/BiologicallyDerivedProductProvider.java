package org.openv2v.fhir.web;

import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct;
import org.hl7.fhir.r4.model.Identifier;
import org.openv2v.fhir.internal.Systems;
import org.springframework.stereotype.Component;

/**
 * The apheresis collection and each product bag of a case, identified by the case's ISBT 128 DIN
 * (biologicalSourceEvent) and by the unit: DIN and flag characters.
 */
@Component
class BiologicallyDerivedProductProvider extends CaseResourceProvider<BiologicallyDerivedProduct> {

  BiologicallyDerivedProductProvider(CaseReader reader) {
    super(reader, BiologicallyDerivedProduct.class, id -> reader.actor());
  }

  /**
   * {@code identifier=[system|]value}: a DIN (13 characters, as printed or scanned, with any of the
   * DIN system URIs accepted) finds every unit of the case; a unit identifier (DIN and flags) finds
   * that unit.
   */
  @Search
  public List<BiologicallyDerivedProduct> byIdentifier(
      @RequiredParam(name = "identifier") TokenParam token) {
    String value = compact(token.getValue());
    String system = token.getSystem() == null ? "" : token.getSystem();
    boolean dinSystem = !system.isEmpty() && Systems.isDin(system);
    boolean unitSystem = system.equalsIgnoreCase(Systems.UNIT);
    if (value.length() < 13 || (!system.isEmpty() && !dinSystem && !unitSystem)) {
      return List.of();
    }
    return reader.search(value.substring(0, 13), reader.actor()).stream()
        .flatMap(List::stream)
        .filter(BiologicallyDerivedProduct.class::isInstance)
        .map(BiologicallyDerivedProduct.class::cast)
        .filter(
            product ->
                (!unitSystem && value.length() == 13 && din(product).equals(value))
                    || (!dinSystem && unit(product).equals(value)))
        .toList();
  }

  private static String compact(String text) {
    return text == null ? "" : text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
  }

  private static String din(BiologicallyDerivedProduct product) {
    var extension = product.getExtensionByUrl(Systems.BIOLOGICAL_SOURCE_EVENT);
    return extension == null ? "" : ((Identifier) extension.getValue()).getValue();
  }

  private static String unit(BiologicallyDerivedProduct product) {
    return product.getIdentifier().stream()
        .filter(i -> Systems.UNIT.equals(i.getSystem()))
        .map(Identifier::getValue)
        .findFirst()
        .orElse("");
  }
}
