package org.openv2v.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.shared.Refusal;

/** The lymphodepletion and renal-scheme vectors of clinical-rules §6.2 and §6.4. */
class LymphodepletionPlanTests {

  /** Fludarabine 30 + cyclophosphamide 300 mg/m² × 3 days (cilta-cel, ide-cel, liso-cel). */
  static final LymphodepletionRegimen FLU30_CY300 =
      new LymphodepletionRegimen(
          "cilta-cel",
          List.of("MM"),
          List.of(
              new LymphodepletionRegimen.Agent(Drug.FLUDARABINE, 30, List.of(-4, -3, -2)),
              new LymphodepletionRegimen.Agent(Drug.CYCLOPHOSPHAMIDE, 300, List.of(-4, -3, -2))),
          new LymphodepletionRegimen.InfusionWindow(2, 4),
          "test");

  static final BodySurfaceArea BSA_170_70 = BodySurfaceArea.of(170.0, 70.0, BsaFormula.MOSTELLER);

  @ParameterizedTest(name = "scheme {0}, CrCl {1}: {2} mg/m², {3} mg")
  @CsvSource({
    "A_US_GENERIC_IV,        77.8,  30, 54.5",
    "A_US_GENERIC_IV,        41.3,  24, 43.6",
    "A_US_GENERIC_IV,        70.0,  24, 43.6",
    "A_US_GENERIC_IV,        70.1,  30, 54.5",
    "A_US_GENERIC_IV,        30.0,  24, 43.6",
    "B_FLUDARA_PROPORTIONAL, 77.8,  24, 43.6",
    "B_FLUDARA_PROPORTIONAL, 36.1,  18, 32.7",
    "B_FLUDARA_PROPORTIONAL, 132.8, 30, 54.5",
    "B_FLUDARA_PROPORTIONAL, 80,    30, 54.5",
    "B_FLUDARA_PROPORTIONAL, 50,    24, 43.6",
    "C_ORAL,                 29.9,  15, 27.3",
    "D_INSTITUTIONAL,        55,    30, 54.5",
    "D_INSTITUTIONAL,        45,    18, 32.7",
  })
  void should_adjust_fludarabine_by_the_configured_renal_scheme(
      RenalScheme scheme, double crcl, double perM2, double mg) {
    LymphodepletionPlan plan =
        LymphodepletionPlan.plan(
            FLU30_CY300,
            "MM",
            BSA_170_70,
            crcl,
            Optional.empty(),
            RuleSettings.defaults().withRenalScheme(scheme));
    LymphodepletionPlan.Dose flu = plan.doses().get(0);
    assertThat(flu.drug()).isEqualTo(Drug.FLUDARABINE);
    assertThat(flu.adjustedMgPerM2()).isEqualTo(perM2);
    assertThat(flu.mgPerDay()).isEqualTo(mg);
    assertThat(plan.doses().get(1).mgPerDay()).isEqualTo(545.4);
  }

  @ParameterizedTest(name = "scheme {0}, CrCl {1}: do not administer")
  @CsvSource({
    "A_US_GENERIC_IV,        23.6",
    "A_US_GENERIC_IV,        29.9",
    "B_FLUDARA_PROPORTIONAL, 29.9",
    "D_INSTITUTIONAL,        29",
  })
  void should_refuse_where_the_label_says_not_to_give(RenalScheme scheme, double crcl) {
    assertThatThrownBy(
            () ->
                LymphodepletionPlan.plan(
                    FLU30_CY300,
                    "MM",
                    BSA_170_70,
                    crcl,
                    Optional.empty(),
                    RuleSettings.defaults().withRenalScheme(scheme)))
        .isInstanceOfSatisfying(
            Refusal.class,
            refusal -> {
              assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
              assertThat(refusal.getMessage()).contains("Do not administer fludarabine");
            });
  }

  @ParameterizedTest(name = "{0} cm {1} kg: flu30 {2}, cy500 {3}, flu25 {4}, cy250 {5}, cy300 {6}")
  @CsvSource({
    "170, 70,  54.5, 909.1,  45.5, 454.5, 545.4",
    "180, 80,  60.0, 1000.0, 50.0, 500.0, 600.0",
    "160, 55,  46.9, 781.7,  39.1, 390.9, 469.0",
    "150, 40,  38.7, 645.5,  32.3, 322.7, 387.3",
    "190, 120, 75.5, 1258.3, 62.9, 629.2, 755.0",
    "120, 25,  27.4, 456.4,  22.8, 228.2, 273.9",
    "165, 100, 64.2, 1070.5, 53.5, 535.2, 642.3",
  })
  void should_give_the_worked_doses_of_the_bsa_table(
      double height,
      double weight,
      double flu30,
      double cy500,
      double flu25,
      double cy250,
      double cy300) {
    BodySurfaceArea bsa = BodySurfaceArea.of(height, weight, BsaFormula.MOSTELLER);
    LymphodepletionRegimen both =
        new LymphodepletionRegimen(
            "x",
            List.of("X"),
            List.of(
                new LymphodepletionRegimen.Agent(Drug.FLUDARABINE, 30, List.of(-5)),
                new LymphodepletionRegimen.Agent(Drug.CYCLOPHOSPHAMIDE, 500, List.of(-5))),
            new LymphodepletionRegimen.InfusionWindow(3, 3),
            "test");
    LymphodepletionRegimen low =
        new LymphodepletionRegimen(
            "y",
            List.of("Y"),
            List.of(
                new LymphodepletionRegimen.Agent(Drug.FLUDARABINE, 25, List.of(-4)),
                new LymphodepletionRegimen.Agent(Drug.CYCLOPHOSPHAMIDE, 250, List.of(-4))),
            new LymphodepletionRegimen.InfusionWindow(2, 2),
            "test");
    LymphodepletionPlan high =
        LymphodepletionPlan.plan(both, "X", bsa, 100, Optional.empty(), RuleSettings.defaults());
    LymphodepletionPlan lower =
        LymphodepletionPlan.plan(low, "Y", bsa, 100, Optional.empty(), RuleSettings.defaults());
    LymphodepletionPlan myeloma =
        LymphodepletionPlan.plan(
            FLU30_CY300, "MM", bsa, 100, Optional.empty(), RuleSettings.defaults());
    assertThat(high.doses().get(0).mgPerDay())
        .isCloseTo(flu30, org.assertj.core.data.Offset.offset(0.051));
    assertThat(high.doses().get(1).mgPerDay())
        .isCloseTo(cy500, org.assertj.core.data.Offset.offset(0.51));
    assertThat(lower.doses().get(0).mgPerDay())
        .isCloseTo(flu25, org.assertj.core.data.Offset.offset(0.051));
    assertThat(lower.doses().get(1).mgPerDay())
        .isCloseTo(cy250, org.assertj.core.data.Offset.offset(0.051));
    assertThat(myeloma.doses().get(1).mgPerDay())
        .isCloseTo(cy300, org.assertj.core.data.Offset.offset(0.051));
  }

  @Test
  void should_date_the_schedule_from_the_infusion_day() {
    LymphodepletionPlan plan =
        LymphodepletionPlan.plan(
            FLU30_CY300,
            "MM",
            BSA_170_70,
            90,
            Optional.of(LocalDate.of(2026, 3, 10)),
            RuleSettings.defaults());
    assertThat(plan.schedule())
        .extracting(LymphodepletionPlan.Day::day)
        .containsExactly(-4, -3, -2);
    assertThat(plan.schedule().get(0).date()).contains(LocalDate.of(2026, 3, 6));
    assertThat(plan.schedule().get(0).drugs())
        .containsExactly(Drug.FLUDARABINE, Drug.CYCLOPHOSPHAMIDE);
  }

  @Test
  void should_cap_bsa_and_normalise_crcl_only_when_configured() {
    BodySurfaceArea large = BodySurfaceArea.of(190.0, 120.0, BsaFormula.MOSTELLER);
    LymphodepletionPlan capped =
        LymphodepletionPlan.plan(
            FLU30_CY300,
            "MM",
            large,
            100,
            Optional.empty(),
            RuleSettings.defaults().withBsaCap(Optional.of(2.0), false));
    assertThat(capped.doses().get(0).mgPerDay()).isEqualTo(60.0);
    // 75 mL/min at 2.5166 m² is 51.6 mL/min/1.73 m²: scheme A takes 20 % off.
    LymphodepletionPlan normalised =
        LymphodepletionPlan.plan(
            FLU30_CY300,
            "MM",
            large,
            75,
            Optional.empty(),
            RuleSettings.defaults().withBsaCap(Optional.empty(), true));
    assertThat(normalised.doses().get(0).adjustedMgPerM2()).isEqualTo(24.0);
    assertThat(
            LymphodepletionPlan.plan(
                    FLU30_CY300, "MM", large, 75, Optional.empty(), RuleSettings.defaults())
                .doses()
                .get(0)
                .adjustedMgPerM2())
        .isEqualTo(30.0);
  }
}
