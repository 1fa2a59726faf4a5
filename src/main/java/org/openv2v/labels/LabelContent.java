package org.openv2v.labels;

import java.text.Normalizer;
import java.util.Optional;
import org.openv2v.identity.domain.Din;
import org.openv2v.identity.domain.UnitKind;

/**
 * What one unit's label says.
 *
 * @param din the case's DIN
 * @param unit which unit of the case the label goes on
 * @param productName the product's brand name, such as Kymriah
 * @param productGenericName the product's generic name, such as tisagenlecleucel
 * @param patientInitials the patient's initials, absent for those who may not see the patient's
 *     name (manufacturers and couriers) and for names the label font cannot print
 * @param caseReference the case's reference, such as V2V-000012
 */
public record LabelContent(
    Din din,
    UnitKind unit,
    String productName,
    String productGenericName,
    Optional<String> patientInitials,
    String caseReference) {

  /** The data of both barcodes: {@code =} + DIN + the unit's flags (Data Structure 001). */
  public String barcodeData() {
    return din.barcodeData(unit);
  }

  /**
   * Initials of a name, one per word or hyphenated part, such as L.J.H. for Lee Jae-hoon. Latin
   * letters only (accents dropped), as the labels' fonts print them; a name written in another
   * script gives none rather than a wrong one.
   */
  public static Optional<String> initials(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder initials = new StringBuilder();
    for (String part : plain.strip().split("[\\s\\-‐‑]+")) {
      if (part.isEmpty()) {
        continue;
      }
      char first = Character.toUpperCase(part.charAt(0));
      if (first < 'A' || first > 'Z') {
        return Optional.empty();
      }
      initials.append(first).append('.');
    }
    return initials.isEmpty() ? Optional.empty() : Optional.of(initials.toString());
  }
}
