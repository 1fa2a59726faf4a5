package org.openv2v.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.shared.Refusal;

/** BSA (§6.2), Cockcroft–Gault (§6.3) and tocilizumab (§4.1) vectors of clinical-rules. */
class BodyMeasuresTests {

  @ParameterizedTest(name = "{0} cm {1} kg: Mosteller {2}, DuBois {3}")
  @CsvSource({
    "170, 70,  1.8181, 1.8097",
    "180, 80,  2.0000, 1.9964",
    "160, 55,  1.5635, 1.5632",
    "150, 40,  1.2910, 1.3029",
    "190, 120, 2.5166, 2.4667",
    "120, 25,  0.9129, 0.9076",
    "165, 100, 2.1409, 2.0608",
  })
  void should_compute_bsa_by_both_formulas(
      double height, double weight, double mosteller, double dubois) {
    assertThat(Rounding.places(BodySurfaceArea.of(height, weight, BsaFormula.MOSTELLER).m2(), 4))
        .isEqualTo(mosteller);
    assertThat(Rounding.places(BodySurfaceArea.of(height, weight, BsaFormula.DUBOIS).m2(), 4))
        .isEqualTo(dubois);
  }

  @Test
  void should_refuse_a_negative_weight_for_bsa() {
    assertThatThrownBy(() -> BodySurfaceArea.of(170.0, -70.0, BsaFormula.MOSTELLER))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.fieldProblems().get(0).field()).isEqualTo("weightKg"));
  }

  @ParameterizedTest(name = "{3} {0} y {1} kg SCr {2}: {4} mL/min")
  @CsvSource({
    "60, 70, 1.0, MALE,   77.8",
    "70, 60, 1.2, FEMALE, 41.3",
    "75, 80, 2.0, MALE,   36.1",
    "55, 90, 0.8, MALE,   132.8",
    "80, 50, 1.5, FEMALE, 23.6",
  })
  void should_compute_cockcroft_gault(
      double age, double weight, double creatinine, BiologicalSex sex, double expected) {
    assertThat(
            Rounding.places(
                CreatinineClearance.cockcroftGault(age, weight, creatinine, sex).mlPerMin(), 1))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} kg: {1} mg")
  @CsvSource({
    "20,   240",
    "29.9, 358.8",
    "30,   240",
    "70,   560",
    "100,  800",
    "110,  800",
    "1,    12",
  })
  void should_dose_tocilizumab_by_weight_with_the_30_kg_step_and_800_mg_cap(
      double weight, double mg) {
    assertThat(TocilizumabDose.forWeight(weight).doseMg()).isCloseTo(mg, within(1e-9));
  }

  @Test
  void should_refuse_repeat_tocilizumab_too_soon_too_often_or_past_four() {
    java.time.Instant first = java.time.Instant.parse("2026-01-01T00:00:00Z");
    java.time.Duration hour = java.time.Duration.ofHours(1);
    assertThat(
            TocilizumabDose.scheduleProblems(
                java.util.List.of(first), first.plus(hour.multipliedBy(8)).minusSeconds(60)))
        .anyMatch(problem -> problem.contains("8 h"));
    assertThat(
            TocilizumabDose.scheduleProblems(
                java.util.List.of(first), first.plus(hour.multipliedBy(8))))
        .isEmpty();
    java.util.List<java.time.Instant> three =
        java.util.List.of(
            first, first.plus(hour.multipliedBy(8)), first.plus(hour.multipliedBy(16)));
    assertThat(TocilizumabDose.scheduleProblems(three, first.plus(hour.multipliedBy(23))))
        .anyMatch(problem -> problem.contains("3 doses in any 24 h"));
    java.util.List<java.time.Instant> four =
        java.util.List.of(
            first,
            first.plus(hour.multipliedBy(8)),
            first.plus(hour.multipliedBy(30)),
            first.plus(hour.multipliedBy(40)));
    assertThat(TocilizumabDose.scheduleProblems(four, first.plus(hour.multipliedBy(100))))
        .anyMatch(problem -> problem.contains("at most 4"));
  }
}
