package org.openv2v.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openv2v.safety.domain.CapdAgeRule;
import org.openv2v.safety.domain.RenalScheme;
import org.openv2v.safety.domain.RuleSettings;
import org.openv2v.safety.domain.RulesEra;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** openv2v.safety.* binds to the rules' settings, and the documented defaults hold. */
class SafetyPropertiesTests {

  @Test
  void should_default_to_the_documented_choices() {
    SafetyProperties defaults = bind(Map.of());
    assertThat(defaults.settings()).isEqualTo(RuleSettings.defaults());
    assertThat(defaults.tocilizumabDosesRequired()).isEqualTo(2);
    assertThat(defaults.checklistValidHours()).isEqualTo(24);
  }

  @Test
  void should_bind_every_setting() {
    SafetyProperties bound =
        bind(
            Map.of(
                "openv2v.safety.masked-fever-no-findings-grade", "1",
                "openv2v.safety.capd-age-rule", "UP_TO_12",
                "openv2v.safety.renal-scheme", "B_FLUDARA_PROPORTIONAL",
                "openv2v.safety.crcl-normalised-to-bsa", "true",
                "openv2v.safety.bsa-cap-m2", "2.0",
                "openv2v.safety.rules-era", "BY_INFUSION_DATE",
                "openv2v.safety.tocilizumab-doses-required", "1",
                "openv2v.safety.checklist-valid-hours", "12"));
    RuleSettings settings = bound.settings();
    assertThat(settings.maskedFeverNoFindingsGrade()).isEqualTo(1);
    assertThat(settings.capdAgeRule()).isEqualTo(CapdAgeRule.UP_TO_12);
    assertThat(settings.renalScheme()).isEqualTo(RenalScheme.B_FLUDARA_PROPORTIONAL);
    assertThat(settings.crclNormalisedToBsa()).isTrue();
    assertThat(settings.bsaCapM2()).isEqualTo(Optional.of(2.0));
    assertThat(settings.rulesEra()).isEqualTo(RulesEra.BY_INFUSION_DATE);
    assertThat(settings.tocilizumabDosesRequired()).isEqualTo(1);
    assertThat(bound.checklistValidHours()).isEqualTo(12);
  }

  @Test
  void should_read_a_regimen_for_every_catalogued_product_but_anbal_cel() {
    Regimens regimens = new Regimens(JsonMapper.builder().build());
    assertThat(regimens.of("tisa-cel", "B-ALL").orElseThrow().infusionWindow().maxDays())
        .isEqualTo(14);
    assertThat(regimens.of("axi-cel", "DLBCL").orElseThrow().agents().get(0).days())
        .containsExactly(-5, -4, -3);
    assertThat(regimens.of("cilta-cel", "MM")).isPresent();
    assertThat(regimens.of("ide-cel", "MM")).isPresent();
    assertThat(regimens.of("liso-cel", "MCL")).isPresent();
    assertThat(regimens.of("brexu-cel", "MCL")).isPresent();
    assertThat(regimens.of("anbal-cel", "DLBCL")).isEmpty();
    assertThat(regimens.all()).allMatch(regimen -> !regimen.source().isBlank());
  }

  private static SafetyProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("openv2v.safety", SafetyProperties.class);
  }
}
