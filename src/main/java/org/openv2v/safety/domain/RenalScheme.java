package org.openv2v.safety.domain;

import java.util.Optional;

/**
 * Fludarabine renal adjustment schemes (clinical-rules §6.4). There is no single rule: the CAR-T
 * labels refer to the fludarabine label, and the fludarabine labels differ. Each scheme turns a
 * creatinine clearance into a fraction of the planned dose, or into "do not administer".
 */
public enum RenalScheme {
  /**
   * US generic IV fludarabine (Pfizer Medical Information; Drugs.com): CrCl 30–70 → −20 %; below 30
   * → do not administer.
   */
  A_US_GENERIC_IV("A (US generic IV fludarabine, Pfizer)"),
  /**
   * FLUDARA label (Drugs.com Fludara dosage): ≥ 80 full; 50–79 → 20/25 (−20 %); 30–49 → 15/25 (−40
   * %); below 30 → do not administer. Applied proportionally to CAR-T doses (an inference).
   */
  B_FLUDARA_PROPORTIONAL("B (FLUDARA label, proportional)"),
  /** Oral fludarabine PI (recallguide mirror): 30–70 → −20 %; below 30 → −50 %. */
  C_ORAL("C (oral fludarabine)"),
  /**
   * Institutional example, DFCI/BWH myeloma CAR T (conference abstract): ≥ 50 full; 30–49 → −40 %;
   * below 30 not covered, so not given.
   */
  D_INSTITUTIONAL("D (DFCI/BWH institutional)");

  private final String label;

  RenalScheme(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The fraction of the planned fludarabine dose, or empty when it must not be given. */
  public Optional<Double> fraction(double crcl) {
    return switch (this) {
      case A_US_GENERIC_IV ->
          crcl > 70 ? Optional.of(1.0) : crcl >= 30 ? Optional.of(0.8) : Optional.empty();
      case B_FLUDARA_PROPORTIONAL ->
          crcl >= 80
              ? Optional.of(1.0)
              : crcl >= 50 ? Optional.of(0.8) : crcl >= 30 ? Optional.of(0.6) : Optional.empty();
      case C_ORAL -> Optional.of(crcl > 70 ? 1.0 : crcl >= 30 ? 0.8 : 0.5);
      case D_INSTITUTIONAL ->
          crcl >= 50 ? Optional.of(1.0) : crcl >= 30 ? Optional.of(0.6) : Optional.empty();
    };
  }

  /** The band that applied, in words. */
  public String band(double crcl) {
    return switch (this) {
      case A_US_GENERIC_IV ->
          crcl > 70
              ? "CrCl > 70: full dose"
              : crcl >= 30 ? "CrCl 30–70: −20 %" : "CrCl < 30: do not administer IV fludarabine";
      case B_FLUDARA_PROPORTIONAL ->
          crcl >= 80
              ? "CrCl ≥ 80: full dose"
              : crcl >= 50
                  ? "CrCl 50–79: 20/25 of the dose (−20 %)"
                  : crcl >= 30
                      ? "CrCl 30–49: 15/25 of the dose (−40 %)"
                      : "CrCl < 30: do not administer fludarabine";
      case C_ORAL ->
          crcl > 70
              ? "CrCl > 70: full dose"
              : crcl >= 30 ? "CrCl 30–70: −20 %" : "CrCl < 30: −50 %";
      case D_INSTITUTIONAL ->
          crcl >= 50
              ? "CrCl ≥ 50: full dose"
              : crcl >= 30
                  ? "CrCl 30–49: −40 %"
                  : "CrCl < 30: not covered by the scheme, do not administer";
    };
  }
}
