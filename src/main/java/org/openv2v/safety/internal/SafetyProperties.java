package org.openv2v.safety.internal;

import java.util.Optional;
import org.openv2v.safety.domain.CapdAgeRule;
import org.openv2v.safety.domain.RenalScheme;
import org.openv2v.safety.domain.RuleSettings;
import org.openv2v.safety.domain.RulesEra;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinical choices the sources leave open (docs/safety.md). Defaults: masked fever without
 * findings is grade 0; CAPD below age 12 (ASCO/ASTCT); fludarabine renal scheme A (US generic IV
 * label); CrCl used as is; no BSA cap; the pre-2025 label era (28-day proximity, 56-day no
 * driving); 2 tocilizumab doses reserved before infusion; the physician's checklist valid for 24 h.
 */
@ConfigurationProperties("openv2v.safety")
public record SafetyProperties(
    @DefaultValue("0") int maskedFeverNoFindingsGrade,
    @DefaultValue("UNDER_12") CapdAgeRule capdAgeRule,
    @DefaultValue("A_US_GENERIC_IV") RenalScheme renalScheme,
    @DefaultValue("false") boolean crclNormalisedToBsa,
    Double bsaCapM2,
    @DefaultValue("REMS_2017") RulesEra rulesEra,
    @DefaultValue("2") int tocilizumabDosesRequired,
    @DefaultValue("24") int checklistValidHours) {

  public RuleSettings settings() {
    return new RuleSettings(
        maskedFeverNoFindingsGrade,
        capdAgeRule,
        renalScheme,
        crclNormalisedToBsa,
        Optional.ofNullable(bsaCapM2),
        rulesEra,
        tocilizumabDosesRequired);
  }
}
