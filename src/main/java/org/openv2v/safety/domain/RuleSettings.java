package org.openv2v.safety.domain;

import java.util.Optional;

/**
 * The choices the sources leave open, as plain values so that the rules stay framework-free. The
 * application reads them from {@code openv2v.safety.*}; {@link #defaults()} documents the defaults.
 *
 * @param maskedFeverNoFindingsGrade CRS grade when fever is masked by antipyretic or anticytokine
 *     therapy after CRS was diagnosed and there is neither hypotension nor hypoxia: 0 (the ASTCT
 *     grades need fever or an organ finding) or 1 (still CRS); sources silent (TV-CRS-13)
 * @param capdAgeRule which children are assessed with CAPD
 * @param renalScheme the fludarabine renal adjustment
 * @param crclNormalisedToBsa whether CrCl is scaled to 1.73 m² before the renal bands (false: the
 *     Cockcroft–Gault mL/min is used as is)
 * @param bsaCapM2 an institutional cap on BSA for dosing (none in the labels)
 * @param rulesEra the label era for monitoring, proximity and driving periods
 * @param tocilizumabDosesRequired doses in stock and reserved for the patient before infusion
 */
public record RuleSettings(
    int maskedFeverNoFindingsGrade,
    CapdAgeRule capdAgeRule,
    RenalScheme renalScheme,
    boolean crclNormalisedToBsa,
    Optional<Double> bsaCapM2,
    RulesEra rulesEra,
    int tocilizumabDosesRequired) {

  public RuleSettings {
    if (maskedFeverNoFindingsGrade != 0 && maskedFeverNoFindingsGrade != 1) {
      throw new IllegalArgumentException("masked-fever-no-findings-grade must be 0 or 1");
    }
    if (tocilizumabDosesRequired < 0) {
      throw new IllegalArgumentException("tocilizumab-doses-required must not be negative");
    }
    bsaCapM2.ifPresent(
        cap -> {
          if (!(cap > 0)) {
            throw new IllegalArgumentException("bsa-cap-m2 must be positive");
          }
        });
  }

  public static RuleSettings defaults() {
    return new RuleSettings(
        0,
        CapdAgeRule.UNDER_12,
        RenalScheme.A_US_GENERIC_IV,
        false,
        Optional.empty(),
        RulesEra.REMS_2017,
        2);
  }

  public RuleSettings withMaskedFeverNoFindingsGrade(int grade) {
    return new RuleSettings(
        grade,
        capdAgeRule,
        renalScheme,
        crclNormalisedToBsa,
        bsaCapM2,
        rulesEra,
        tocilizumabDosesRequired);
  }

  public RuleSettings withCapdAgeRule(CapdAgeRule rule) {
    return new RuleSettings(
        maskedFeverNoFindingsGrade,
        rule,
        renalScheme,
        crclNormalisedToBsa,
        bsaCapM2,
        rulesEra,
        tocilizumabDosesRequired);
  }

  public RuleSettings withRenalScheme(RenalScheme scheme) {
    return new RuleSettings(
        maskedFeverNoFindingsGrade,
        capdAgeRule,
        scheme,
        crclNormalisedToBsa,
        bsaCapM2,
        rulesEra,
        tocilizumabDosesRequired);
  }

  public RuleSettings withRulesEra(RulesEra era) {
    return new RuleSettings(
        maskedFeverNoFindingsGrade,
        capdAgeRule,
        renalScheme,
        crclNormalisedToBsa,
        bsaCapM2,
        era,
        tocilizumabDosesRequired);
  }

  public RuleSettings withBsaCap(Optional<Double> cap, boolean normaliseCrcl) {
    return new RuleSettings(
        maskedFeverNoFindingsGrade,
        capdAgeRule,
        renalScheme,
        normaliseCrcl,
        cap,
        rulesEra,
        tocilizumabDosesRequired);
  }
}
