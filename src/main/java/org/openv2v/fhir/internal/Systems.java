package org.openv2v.fhir.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The identifier and code systems the FHIR API emits, and the aliases it accepts on the way in.
 * docs/fhir.md gives the source of each.
 */
public final class Systems {

  /**
   * The ISBT 128 Donation Identification Number. Emitted in the lower-case form of HL7's draft MPHO
   * profile (HL7/oo-incubator, Profile-MedicalProductOfHumanOrigin.fsh).
   */
  public static final String DIN = "https://www.isbt128.org/uri/donationidentificationnumber";

  /**
   * Other spellings of the DIN system seen in HL7 material: the R5 core example's CamelCase (a
   * case-insensitive comparison covers it), http instead of https, and the older incubator OID.
   */
  static final List<String> DIN_ALIASES =
      List.of(
          DIN,
          "http://www.isbt128.org/uri/donationidentificationnumber",
          "urn:oid:2.16.840.1.113883.6.18.2.1");

  /**
   * One physical unit of a case: the DIN followed by its two ISBT 128 flag characters (Data
   * Structure 001), which tell the apheresis bag and product bags 1-4 apart. ISBT 128 defines no
   * URI for the unit, and the MPHO unique identifier needs a product description code that this
   * platform does not assign, so the unit carries the platform's own system.
   */
  public static final String UNIT = "https://openv2v.org/fhir/sid/isbt128-unit";

  /** The HL7 R5 element BiologicallyDerivedProduct.biologicalSourceEvent, carried in R4. */
  public static final String BIOLOGICAL_SOURCE_EVENT =
      "http://hl7.org/fhir/5.0/StructureDefinition/extension-BiologicallyDerivedProduct.biologicalSourceEvent";

  /** The HL7 R5 element Procedure.used (which may name a BiologicallyDerivedProduct), in R4. */
  public static final String PROCEDURE_USED =
      "http://hl7.org/fhir/5.0/StructureDefinition/extension-Procedure.used";

  /** HL7's observation categories (vital-signs, exam), which every Observation emitted carries. */
  public static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";

  /** The patient's medical record number at a treatment centre: this base + "/" + site id. */
  public static final String MRN = "https://openv2v.org/fhir/sid/mrn";

  /** The case's reference, such as V2V-2026-00001. */
  public static final String CASE_REFERENCE = "https://openv2v.org/fhir/sid/case-reference";

  /** The network's sites, by id (KR-SNUH). */
  public static final String SITE = "https://openv2v.org/fhir/sid/site";

  /** The platform's user names, for who signed a custody step. */
  public static final String USER = "https://openv2v.org/fhir/sid/user";

  /** The catalogue's product codes (tisa-cel). */
  public static final String PRODUCT = "https://openv2v.org/fhir/CodeSystem/product";

  /** The catalogue's indication codes (B-ALL, DLBCL). */
  public static final String INDICATION = "https://openv2v.org/fhir/CodeSystem/indication";

  /** Steps of the journey and assessments for which no standard code was chosen. */
  public static final String CONCEPT = "https://openv2v.org/fhir/CodeSystem/concept";

  /** The ASTCT grade of an adverse event (Lee et al. 2019). */
  public static final String ASTCT_GRADE =
      "https://openv2v.org/fhir/StructureDefinition/astct-grade";

  /** The SHA-256 content hash of a custody record, as the ledger export verifies it. */
  public static final String CONTENT_HASH =
      "https://openv2v.org/fhir/StructureDefinition/custody-content-hash";

  /** A bundle's identifier system when the EHR sends none (the value alone then identifies it). */
  public static final String NO_SYSTEM = "";

  public static final String LOINC = "http://loinc.org";
  public static final String UCUM = "http://unitsofmeasure.org";
  public static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";

  private Systems() {}

  /** Whether a system names the ISBT 128 DIN in any of the forms accepted. */
  public static boolean isDin(String system) {
    String lower = system.toLowerCase(Locale.ROOT);
    return DIN_ALIASES.contains(lower) || DIN_ALIASES.contains(system);
  }

  /** The site whose MRN system this is, for {@code https://openv2v.org/fhir/sid/mrn/KR-SNUH}. */
  public static Optional<String> mrnSite(String system) {
    return system.startsWith(MRN + "/")
        ? Optional.of(system.substring(MRN.length() + 1))
        : Optional.empty();
  }
}
