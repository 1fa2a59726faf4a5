package org.openv2v.economics.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.shared.yaml.YamlField;

/** Korean unit costs: every entry sourced (HIRA table and year, or "assumption"), and usable. */
class UnitCostTests {

  private final YamlField costs =
      UnitCosts.named(YamlField.parse("korea-2022", "test", "model file", ModelLoadException::new));

  @Test
  void should_give_every_unit_cost_a_value_a_distribution_and_a_source() {
    assertThat(costs.fields()).hasSizeGreaterThanOrEqualTo(9);
    for (Map.Entry<String, YamlField> e : costs.fields().entrySet()) {
      YamlField cost = e.getValue();
      assertThat(cost.required("value").number()).as(e.getKey()).isPositive();
      assertThat(cost.required("distribution").text()).as(e.getKey()).isEqualTo("gamma");
      String source = cost.required("source").text();
      assertThat(source.startsWith("HIRA") || source.startsWith("assumption"))
          .as(e.getKey() + ": " + source)
          .isTrue();
      if (source.startsWith("HIRA")) {
        assertThat(cost.required("note").text()).as(e.getKey()).contains("table:", "year: 2022");
      }
    }
  }

  @Test
  void should_hold_the_published_car_t_fees_and_price() {
    // KR-10 / KR-11: the four procedure fees of 2022 total 1,829,784 KRW; KR-03 the price.
    double fees =
        costs.required("feeCellCollection").required("value").number()
            + costs.required("feeCellProcessing").required("value").number()
            + costs.required("feeTreatmentPreparation").required("value").number()
            + costs.required("feeInfusion").required("value").number();
    assertThat(fees).isEqualTo(1_829_784);
    assertThat(costs.required("kymriahPrice").required("value").number()).isEqualTo(360_039_359);
  }

  @Test
  void should_let_the_korean_model_price_items_from_the_unit_costs() {
    ModelSpec spec = BuiltInModels.load("korea-tisacel-dlbcl");
    assertThat(spec.parameters())
        .anySatisfy(
            p -> {
              assertThat(p.name()).isEqualTo("icuDay");
              assertThat(p.base()).isEqualTo(1_500_000);
              assertThat(p.source()).startsWith("assumption");
              assertThat(p.distribution()).isPresent();
            });
  }

  @ParameterizedTest(name = "{0} takes {1} from the unit-cost file")
  @CsvSource({
    "korea-tisacel-dlbcl, kymriahPrice",
    "korea-tisacel-dlbcl, feeCellCollection",
    "korea-tisacel-dlbcl, feeCellProcessing",
    "korea-tisacel-dlbcl, feeTreatmentPreparation",
    "korea-tisacel-dlbcl, feeInfusion",
    "korea-tisacel-dlbcl, wardDay",
    "korea-tisacel-dlbcl, chemotherapyWardDay",
    "korea-tisacel-ball, kymriahPrice",
    "korea-tisacel-ball, feeCellCollection",
    "korea-tisacel-ball, wardDay",
    "korea-ciltacel-mm, feeCellCollection",
    "korea-ciltacel-mm, wardDay"
  })
  void should_feed_every_korean_model_the_published_hira_items_it_prices(
      String model, String entry) {
    ModelSpec spec = BuiltInModels.load(model);
    Parameter p =
        spec.parameters().stream().filter(x -> x.name().equals(entry)).findFirst().orElseThrow();
    YamlField cost = costs.required(entry);
    assertThat(p.base()).isEqualTo(cost.required("value").number());
    assertThat(p.source()).isEqualTo(cost.required("source").text());
    assertThat(p.distribution()).isPresent();
    // Used: no item of the model keeps its own copy of a published figure.
    assertThat(spec.parameters())
        .filteredOn(x -> x.line() != 0 && x.base() == p.base() && !x.name().equals(entry))
        .filteredOn(x -> x.source().startsWith("KR-"))
        .isEmpty();
  }

  @Test
  void should_refuse_an_unknown_unit_cost_file_naming_the_known_ones() {
    assertThatThrownBy(
            () ->
                UnitCosts.named(
                    YamlField.parse("mars-2100", "test", "model file", ModelLoadException::new)))
        .hasMessageContaining("no unit-cost file mars-2100")
        .hasMessageContaining("korea-2022");
  }
}
