package org.openv2v.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;

/** A place in the network: a treatment centre, an apheresis unit, a manufacturer or a courier. */
public record Site(
    @NotBlank @Pattern(regexp = "[A-Z]{2}-[A-Z0-9-]{2,30}", message = "must look like KR-SNUH")
        String id,
    @NotBlank @Size(max = 200) String name,
    @NotNull SiteType type,
    @NotBlank @Size(max = 100) String region,
    @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code")
        String country,
    @NotNull Set<Capability> capabilities,
    @NotNull Set<Accreditation> accreditations,
    @NotNull Set<String> productCertifications,
    @NotNull Set<String> manufactures,
    @NotNull @Size(max = 2000) String source,
    @Size(max = 200) String koreanName) {

  /** A site known by its English name only; Korean pages then show that name. */
  public Site(
      String id,
      String name,
      SiteType type,
      String region,
      String country,
      Set<Capability> capabilities,
      Set<Accreditation> accreditations,
      Set<String> productCertifications,
      Set<String> manufactures,
      String source) {
    this(
        id,
        name,
        type,
        region,
        country,
        capabilities,
        accreditations,
        productCertifications,
        manufactures,
        source,
        null);
  }

  public Site {
    capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
    accreditations = accreditations == null ? Set.of() : Set.copyOf(accreditations);
    productCertifications =
        productCertifications == null ? Set.of() : Set.copyOf(productCertifications);
    manufactures = manufactures == null ? Set.of() : Set.copyOf(manufactures);
    source = source == null ? "" : source;
    koreanName = koreanName == null || koreanName.isBlank() ? null : koreanName;
  }

  /** The name for a reader of this language: the Korean name on Korean pages, when known. */
  public String nameIn(Locale locale) {
    boolean korean = locale != null && "ko".equals(locale.getLanguage());
    return korean && koreanName != null ? koreanName : name;
  }

  public boolean isTreatmentCentre() {
    return type == SiteType.TREATMENT_CENTRE;
  }

  /** Collects cells: a dedicated apheresis unit, or a centre with apheresis on site. */
  public boolean collectsCells() {
    return type == SiteType.APHERESIS_UNIT || capabilities.contains(Capability.APHERESIS);
  }

  public boolean isCertifiedFor(String productCode) {
    return productCertifications.contains(productCode);
  }
}
