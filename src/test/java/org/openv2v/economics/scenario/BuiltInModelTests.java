package org.openv2v.economics.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.openv2v.economics.model.CostCategory;

/** The two shipped models: every number sourced, and calibrated to the published figures. */
class BuiltInModelTests {

  static java.util.List<String> builtIns() {
    return BuiltInModels.NAMES;
  }

  /**
   * Issue 12 item 4: every input of every built-in model has a source (or says "assumption") and a
   * PSA distribution. The only exceptions: the discount rates and the willingness to pay (choices
   * of method) and structural 0/1 switches whose source says "by definition".
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("builtIns")
  void should_give_every_input_a_source_and_a_distribution(String name) {
    ModelSpec spec = BuiltInModels.load(name);
    assertThat(spec.parameters()).filteredOn(p -> p.line() > 0).isNotEmpty();
    for (int i = 0; i < spec.parameters().size(); i++) {
      Parameter p = spec.parameters().get(i);
      if (p.line() == 0) {
        continue;
      }
      assertThat(p.source()).as(p.name()).isNotBlank().isNotEqualTo("unsourced");
      boolean structural =
          p.source().startsWith("by definition") && (p.base() == 0 || p.base() == 1);
      if (!structural && !ModelLoader.methodological(spec, i)) {
        assertThat(p.distribution()).as(p.name() + " (" + p.source() + ")").isPresent();
      }
      if (p.isAssumption() && p.distribution().isPresent() && p.base() != 0) {
        // Assumptions get wide distributions: a 95% interval of at least ±15% of the value.
        double scale =
            p.base() > 0 && p.base() < 1 ? Math.min(p.base(), 1 - p.base()) : Math.abs(p.base());
        assertThat(p.high() - p.low())
            .as(p.name() + " is an assumption with a narrow range")
            .isGreaterThanOrEqualTo(0.3 * scale);
      }
    }
  }

  @Test
  void should_put_the_refund_share_in_the_psa() {
    ModelSpec spec = BuiltInModels.load("korea-tisacel-dlbcl");
    Num share = spec.payer().orElseThrow().refund().shareAt6Months();
    assertThat(spec.parameters().get(share.index()).distribution()).isPresent();
  }

  @Test
  void should_reproduce_lyman_2020_totals_by_site_of_care() {
    ScenarioResult r =
        new Scenario(BuiltInModels.load("us-axicel-site-of-care"), Optional.empty()).evaluate();
    ArmOutcome academic = r.arm("academic-inpatient");
    ArmOutcome community = r.arm("community-outpatient");
    assertThat(academic.costs()).isCloseTo(454_611, within(454_611 * 0.001)); // LY-1
    assertThat(community.costs()).isCloseTo(421_624, within(421_624 * 0.001)); // LY-2
    assertThat(academic.costs() - community.costs()).isCloseTo(32_987, within(33.0)); // LY-3
    assertThat(academic.cost(CostCategory.DRUG)).isEqualTo(373_000); // LY-4
    assertThat(community.cost(CostCategory.DRUG)).isEqualTo(373_000);
    assertThat(academic.cost(CostCategory.HOSPITAL) - community.cost(CostCategory.HOSPITAL))
        .isCloseTo(29_834, within(30.0)); // LY-5
    assertThat(
            academic.cost(CostCategory.ADVERSE_EVENTS)
                - community.cost(CostCategory.ADVERSE_EVENTS))
        .isCloseTo(3_154, within(5.0)); // LY-6
    assertThat(r.comparison().verdict()).isEqualTo("dominant");
    assertThat(r.comparison().icer()).isEmpty();
  }

  @Test
  void should_reproduce_zuma1_survival_anchors() {
    ScenarioResult r =
        new Scenario(BuiltInModels.load("us-axicel-site-of-care"), Optional.empty()).evaluate();
    var trace = r.perTreated().get(0).trace().orElseThrow();
    // 40 of 101 died in year 1; 5-year OS 42.6% (evidence.md §4.4).
    assertThat(1 - trace.alive(12)).isCloseTo(0.40, within(0.04));
    assertThat(trace.alive(60)).isCloseTo(0.426, within(0.02));
  }

  @Test
  void should_price_the_korean_pathway_with_korean_fees_and_rules() {
    ScenarioResult r =
        new Scenario(BuiltInModels.load("korea-tisacel-dlbcl"), Optional.empty()).evaluate();
    ArmOutcome treated = r.perTreated().get(0);
    assertThat(treated.cost(CostCategory.DRUG)).isEqualTo(360_039_359); // KR-03
    assertThat(treated.cost(CostCategory.PROCEDURES)).isEqualTo(1_829_784); // KR-11
    assertThat(treated.cost(CostCategory.REFUNDS)).isNegative();
    // The patient pays the top ceiling in year 1, then 5% of later covered costs, plus travel.
    assertThat(treated.patient()).isGreaterThan(5_980_000).isLessThan(5_980_000 + 8_000_000);
    assertThat(treated.payer() + treated.patient()).isCloseTo(treated.costs(), within(1.0));
  }

  @Test
  void should_land_the_korean_model_on_its_clinical_anchors() {
    ScenarioResult r =
        new Scenario(BuiltInModels.load("korea-tisacel-dlbcl"), Optional.empty()).evaluate();
    var tisacel = r.perTreated().get(0).trace().orElseThrow();
    var chemo = r.perTreated().get(1).trace().orElseThrow();
    assertThat(tisacel.alive(12)).isCloseTo(0.52, within(0.03)); // DRST 12-month OS
    assertThat(tisacel.share(0, 12)).isCloseTo(0.30, within(0.03)); // DRST 12-month PFS
    double medianChemo = 0;
    for (int k = 0; k < chemo.cycles(); k++) {
      if (chemo.alive(k) < 0.5) {
        medianChemo = k;
        break;
      }
    }
    assertThat(medianChemo).isBetween(5.0, 8.0); // about 6 months (KR §2.9)
    assertThat(r.itt().orElseThrow().fractionInfused())
        .isCloseTo(115.0 / 165, within(0.005)); // JULIET
    assertThat(r.comparison().qalys()).isPositive();
    assertThat(r.comparison().costs()).isPositive();
  }

  /** Months until the trace's share alive (or progression-free) first falls below one half. */
  static int median(org.openv2v.economics.model.CohortTrace trace, boolean progressionFree) {
    for (int k = 0; k < trace.cycles(); k++) {
      if ((progressionFree ? trace.share(0, k) : trace.alive(k)) < 0.5) {
        return k;
      }
    }
    return trace.cycles();
  }

  @Test
  void should_give_myeloma_its_own_curves_calibrated_to_cartitude_1_karmma_and_locommotion() {
    ScenarioResult r =
        new Scenario(BuiltInModels.load("korea-ciltacel-mm"), Optional.empty()).evaluate();
    var cilta = r.perTreated().get(0).trace().orElseThrow();
    var ide = r.perTreated().get(1).trace().orElseThrow();
    var care = r.perTreated().get(2).trace().orElseThrow();
    assertThat(cilta.share(0, 27)).isCloseTo(0.549, within(0.03)); // CARTITUDE-1 27-month PFS
    assertThat(cilta.alive(27)).isCloseTo(0.704, within(0.03)); // CARTITUDE-1 27-month OS
    assertThat(median(ide, true)).isBetween(8, 10); // KarMMa median PFS 8.8 months
    assertThat(median(ide, false)).isBetween(24, 26); // KarMMa median OS 24.8 months
    assertThat(median(care, true)).isBetween(4, 6); // LocoMMotion median PFS 4.6 months
    assertThat(median(care, false)).isBetween(12, 14); // LocoMMotion median OS 12.4 months
    assertThat(1 - r.itt().orElseThrow().fractionInfused())
        .isCloseTo(16.0 / 113, within(0.005)); // CARTITUDE-1 not infused
  }

  @Test
  void should_give_b_all_its_own_curves_calibrated_to_eliana() {
    ScenarioResult r =
        new Scenario(BuiltInModels.load("korea-tisacel-ball"), Optional.empty()).evaluate();
    var tisacel = r.perTreated().get(0).trace().orElseThrow();
    assertThat(tisacel.alive(12)).isCloseTo(0.76, within(0.03)); // ELIANA 12-month OS
    assertThat(tisacel.share(0, 12)).isCloseTo(0.50, within(0.03)); // ELIANA 12-month EFS
    assertThat(tisacel.alive(36)).isCloseTo(0.63, within(0.03)); // ELIANA 3-year OS
    assertThat(tisacel.share(0, 36)).isCloseTo(0.44, within(0.03)); // ELIANA 3-year EFS
    var salvage = r.perTreated().get(1).trace().orElseThrow();
    assertThat(salvage.alive(60)).isBetween(0.10, 0.30); // 10-30% after relapse (KR §2)
    assertThat(1 - r.itt().orElseThrow().fractionInfused())
        .isCloseTo(17.0 / 92, within(0.005)); // ELIANA not infused
  }

  @Test
  void should_spend_the_budget_by_category_over_five_years() {
    ScenarioResult r =
        new Scenario(BuiltInModels.load("korea-tisacel-dlbcl"), Optional.empty()).evaluate();
    BudgetImpact budget = r.budget().orElseThrow();
    assertThat(budget.years()).hasSize(5);
    assertThat(budget.yearlyCap()).isEqualTo(70.9e9);
    for (BudgetImpact.Year y : budget.years()) {
      assertThat(y.patients()).isEqualTo(200);
      assertThat(
              y.drug()
                  + y.procedures()
                  + y.hospital()
                  + y.adverseEvents()
                  + y.other()
                  + y.refunds()
                  + y.capRefund())
          .isCloseTo(y.total(), within(1.0));
      assertThat(y.refunds()).isNegative();
    }
    // Drug for 200 referred: 69.7% infused with tisa-cel; of the 30.3% not infused, those who die
    // waiting (56.25% of the 23.0% who drop out, CARTITUDE-1) get nothing, the others the salvage
    // regimen (9 M KRW).
    double died = (50.0 / 165 - 0.0727) * 0.5625;
    assertThat(budget.years().get(0).drug())
        .isCloseTo(
            200 * (115.0 / 165) * 360_039_359 + 200 * (50.0 / 165 - died) * 9_000_000, within(2e6));
  }
}
