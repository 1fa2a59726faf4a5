package org.openv2v.safety.domain;

/**
 * Which children are assessed with CAPD instead of ICE. Sources disagree: ASCO 2021 and the ASTCT
 * paediatric table say CAPD for children under 12; the NCI Thesaurus (C188936) says CAPD for
 * children 12 and under (clinical-rules §2.3).
 */
public enum CapdAgeRule {
  /** CAPD below 12 years, ICE from the 12th birthday (ASCO 2021, ASTCT 2019). */
  UNDER_12,
  /** CAPD up to and including age 12 (NCI Thesaurus C188936). */
  UP_TO_12;

  boolean usesCapd(double ageYears) {
    return this == UNDER_12 ? ageYears < 12 : ageYears <= 12;
  }

  String describe() {
    return this == UNDER_12 ? "CAPD below age 12 (ASCO/ASTCT)" : "CAPD up to age 12 (NCIt)";
  }
}
