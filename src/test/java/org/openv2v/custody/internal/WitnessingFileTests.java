package org.openv2v.custody.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.custody.domain.WitnessingRules;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The witnessing file as shipped, and the product overrides a deployment may add. */
class WitnessingFileTests {

  private final JsonMapper json =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void should_ask_for_a_witness_at_thaw_and_infusion_for_every_product_as_shipped()
      throws Exception {
    WitnessingRules rules;
    try (InputStream in = getClass().getResourceAsStream("/reference/custody-witnessing.json")) {
      rules = WitnessingFile.rules(json.readValue(in, WitnessingFile.Document.class), "shipped");
    }
    for (String product : new String[] {"tisa-cel", "axi-cel", "cilta-cel", "anbal-cel"}) {
      assertThat(rules.stepsFor(product))
          .containsExactlyInAnyOrder(CustodyStep.THAWED, CustodyStep.INFUSED);
    }
  }

  @Test
  void should_let_a_product_override_the_default() {
    String text =
        """
        {"version": 2, "asOf": "2026-12-01", "source": "site SOP",
         "witnessedSteps": ["INFUSED"],
         "products": {"cilta-cel": {"witnessedSteps": ["RECEIVED_AT_SITE", "THAWED", "INFUSED"],
                                    "source": "sponsor's handling manual"}}}
        """;
    WitnessingRules rules =
        WitnessingFile.rules(json.readValue(text, WitnessingFile.Document.class), "test");
    assertThat(rules.requiresWitness("tisa-cel", CustodyStep.THAWED)).isFalse();
    assertThat(rules.requiresWitness("tisa-cel", CustodyStep.INFUSED)).isTrue();
    assertThat(rules.requiresWitness("cilta-cel", CustodyStep.RECEIVED_AT_SITE)).isTrue();
  }

  @Test
  void should_refuse_a_misspelt_step_or_field() {
    assertThatThrownBy(
            () ->
                json.readValue(
                    "{\"version\":1,\"witnessedSteps\":[\"THAWN\"],\"products\":{}}",
                    WitnessingFile.Document.class))
        .hasMessageContaining("THAWN");
    assertThatThrownBy(
            () ->
                json.readValue(
                    "{\"version\":1,\"witnesedSteps\":[\"THAWED\"]}",
                    WitnessingFile.Document.class))
        .hasMessageContaining("witnesedSteps");
    assertThatThrownBy(
            () ->
                WitnessingFile.rules(
                    json.readValue("{\"version\":1}", WitnessingFile.Document.class), "test"))
        .hasMessageContaining("witnessedSteps");
  }
}
