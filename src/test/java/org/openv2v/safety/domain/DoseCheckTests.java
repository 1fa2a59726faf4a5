package org.openv2v.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.shared.Refusal;

/** The dose vectors of clinical-rules §7.1, on the specifications of reference/products.json. */
class DoseCheckTests {

  static final Map<String, List<DoseRange>> SPECS =
      Map.of(
          "axi-cel",
          List.of(perKg("Adult LBCL and FL", List.of("DLBCL"), null, 2e6, null, 2e8)),
          "cilta-cel",
          List.of(perKg("Adult RRMM", List.of("MM"), 0.5e6, null, 1e6, 1e8)),
          "tisa-cel",
          List.of(
              new DoseRange(
                  "B-ALL ≤ 50 kg",
                  List.of("B-ALL"),
                  true,
                  Optional.of(0.2e6),
                  Optional.empty(),
                  Optional.of(5e6),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(50.0),
                  "test"),
              new DoseRange(
                  "B-ALL > 50 kg",
                  List.of("B-ALL"),
                  false,
                  Optional.of(1e7),
                  Optional.empty(),
                  Optional.of(2.5e8),
                  Optional.empty(),
                  Optional.of(50.0),
                  Optional.empty(),
                  "test"),
              new DoseRange(
                  "LBCL",
                  List.of("DLBCL"),
                  false,
                  Optional.of(0.6e8),
                  Optional.empty(),
                  Optional.of(6e8),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  "test")),
          "brexu-cel",
          List.of(perKg("Adult B-ALL", List.of("B-ALL"), null, 1e6, null, 1e8)));

  @ParameterizedTest(name = "{0} {1} {2} kg: {3}–{4}, target {5}")
  @CsvSource({
    "axi-cel,   DLBCL, 70,   ,       ,       1.4e8",
    "axi-cel,   DLBCL, 99,   ,       ,       1.98e8",
    "axi-cel,   DLBCL, 100,  ,       ,       2.0e8",
    "axi-cel,   DLBCL, 120,  ,       ,       2.0e8",
    "cilta-cel, MM,    80,   0.4e8,  0.8e8,  ",
    "cilta-cel, MM,    120,  0.6e8,  1.0e8,  ",
    "tisa-cel,  B-ALL, 40,   8e6,    2.0e8,  ",
    "tisa-cel,  B-ALL, 50,   1e7,    2.5e8,  ",
    "tisa-cel,  B-ALL, 50.1, 1e7,    2.5e8,  ",
    "tisa-cel,  DLBCL, 80,   0.6e8,  6.0e8,  ",
    "brexu-cel, B-ALL, 70,   ,       ,       7e7",
    "brexu-cel, B-ALL, 120,  ,       ,       1e8",
  })
  void should_give_the_labelled_range_for_the_weight(
      String product, String indication, double weight, Double min, Double max, Double target) {
    DoseCheck check =
        DoseCheck.check(product, SPECS.get(product), indication, weight, Optional.empty());
    assertThat(check.minCells().orElse(null)).isEqualTo(min);
    assertThat(check.maxCells().orElse(null)).isEqualTo(max);
    assertThat(check.targetCells().orElse(null)).isEqualTo(target);
    assertThat(check.withinSpecification()).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} kg with {2} cells: {3}")
  @CsvSource({
    "cilta-cel, 80,  0.4e8,   true",
    "cilta-cel, 80,  0.39e8,  false",
    "cilta-cel, 80,  0.8e8,   true",
    "cilta-cel, 80,  0.81e8,  false",
    "cilta-cel, 120, 1.01e8,  false",
    "axi-cel,   70,  1.4e8,   true",
    "axi-cel,   70,  1.5e8,   false",
  })
  void should_check_the_release_certificate_against_the_range(
      String product, double weight, double cells, boolean within) {
    String indication = product.equals("axi-cel") ? "DLBCL" : "MM";
    DoseCheck check =
        DoseCheck.check(product, SPECS.get(product), indication, weight, Optional.of(cells));
    assertThat(check.withinSpecification()).contains(within);
  }

  @Test
  void should_refuse_a_product_without_dose_specification() {
    assertThatThrownBy(
            () -> DoseCheck.check("anbal-cel", List.of(), "DLBCL", 70.0, Optional.empty()))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE));
  }

  private static DoseRange perKg(
      String population,
      List<String> indications,
      Double min,
      Double target,
      Double max,
      Double cap) {
    return new DoseRange(
        population,
        indications,
        true,
        Optional.ofNullable(min),
        Optional.ofNullable(target),
        Optional.ofNullable(max),
        Optional.ofNullable(cap),
        Optional.empty(),
        Optional.empty(),
        "test");
  }
}
