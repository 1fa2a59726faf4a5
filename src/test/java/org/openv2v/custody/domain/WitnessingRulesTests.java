package org.openv2v.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WitnessingRulesTests {

  private final WitnessingRules rules =
      new WitnessingRules(
          EnumSet.of(CustodyStep.THAWED, CustodyStep.INFUSED),
          Map.of(
              "cilta-cel",
              EnumSet.of(CustodyStep.RECEIVED_AT_SITE, CustodyStep.THAWED, CustodyStep.INFUSED),
              "anbal-cel",
              Set.of()));

  @Test
  void should_apply_the_default_to_products_without_their_own_rule() {
    assertThat(rules.requiresWitness("tisa-cel", CustodyStep.THAWED)).isTrue();
    assertThat(rules.requiresWitness("tisa-cel", CustodyStep.INFUSED)).isTrue();
    assertThat(rules.requiresWitness("tisa-cel", CustodyStep.STORED)).isFalse();
  }

  @Test
  void should_let_a_product_rule_replace_the_default() {
    assertThat(rules.requiresWitness("cilta-cel", CustodyStep.RECEIVED_AT_SITE)).isTrue();
    assertThat(rules.requiresWitness("anbal-cel", CustodyStep.INFUSED)).isFalse();
    assertThat(rules.stepsFor("anbal-cel")).isEmpty();
  }

  @Test
  void should_give_every_step_a_meaning() {
    for (CustodyStep step : CustodyStep.values()) {
      assertThat(step.meaning()).endsWith(" by");
    }
    assertThat(CustodyStep.HANDED_TO_COURIER.meaning()).isEqualTo("handed over by");
    assertThat(CustodyStep.RECEIVED_AT_SITE.meaning()).isEqualTo("received by");
  }
}
