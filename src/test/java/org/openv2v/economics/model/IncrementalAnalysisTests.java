package org.openv2v.economics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ICERs recomputed from published totals (evidence.md §6.5, §4.2), NMB and dominance. */
class IncrementalAnalysisTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // study | ΔC | ΔE | ICER recomputed (D) | ICER reported | tolerance of reported
        "Roth 2018 axi-cel (552,921 − 172,737; 7.7 − 1.1) | 380184 | 6.6  | 57604    | 58146    | 0.01",
        "FL CAR-T, Blood Adv 2023 (731,682 − 458,490)      | 273192 | 1.50 | 182128   | 182127   | 0.0001",
        "Lin pALL vs Clo-C                                | 225000 | 5.22 | 43103    | 43103    | 0.0001",
        "Lin pALL vs Clo-M                                | 285000 | 5.62 | 50712    | 50712    | 0.0001",
        "Lin pALL vs blinatumomab                         | 317000 | 5.17 | 61315    | 61315    | 0.0001",
        "Whittington pALL (666,754 − 337,256; 9.28 − 2.10) | 329498 | 7.18 | 45891    | 46000    | 0.005",
        "Sarkar pALL (968,800 − 440,600; 16.76 − 8.58)     | 528200 | 8.18 | 64572    | 64600    | 0.001",
        "China axi-cel per QALY                           | 175380 | 2.61 | 67195    | 67250    | 0.001",
        "China axi-cel per LY                             | 175380 | 3.43 | 51131    | 51190    | 0.002",
        "Spain tisa-cel per QALY                          | 258378.40 | 8.97  | 28804.73 | 28818.52 | 0.001",
        "Spain tisa-cel per LYG                           | 258378.40 | 10.10 | 25582.02 | 25576.80 | 0.001",
      })
  void should_recompute_published_icers_from_their_totals(
      String study, double dc, double de, double recomputed, double reported, double tolerance) {
    double icer = IncrementalAnalysis.icer(dc, de).orElseThrow();
    assertThat(icer).isCloseTo(recomputed, within(0.51 + recomputed * 1e-7));
    assertThat(icer).isCloseTo(reported, within(reported * tolerance + 1));
  }

  @Test
  void should_recompute_roth_from_the_arm_totals_through_the_frontier() {
    List<IncrementalAnalysis.Row> rows =
        IncrementalAnalysis.of(
            List.of(new Strategy("axi-cel", 552_921, 7.7), new Strategy("salvage", 172_737, 1.1)));
    IncrementalAnalysis.Row axicel = rows.get(0);
    assertThat(axicel.status()).isEqualTo(Dominance.NON_DOMINATED);
    assertThat(axicel.icer().getAsDouble()).isCloseTo(57_603.6, within(0.1));
  }

  @Test
  void should_value_net_monetary_benefit_at_the_willingness_to_pay() {
    // Roth at $100,000/QALY: 100,000 × 6.6 − 380,184.
    assertThat(IncrementalAnalysis.netMonetaryBenefit(100_000, 380_184, 6.6))
        .isCloseTo(279_816, within(1e-6));
    assertThat(IncrementalAnalysis.netMonetaryBenefit(50_000, 380_184, 6.6)).isNegative();
  }

  @Test
  void should_have_no_icer_when_effects_are_equal() {
    assertThat(IncrementalAnalysis.icer(-32_987, 0)).isEmpty();
  }

  @Test
  void should_mark_strong_and_extended_dominance_like_dampack() {
    // A: 10,000 / 1.0; B: 20,000 / 1.2 (ICER 50,000); C: 25,000 / 2.0 (ICER vs A 15,000, so B is
    // extendedly dominated); D: 30,000 / 1.5 (costs more than C, gains less: dominated).
    List<IncrementalAnalysis.Row> rows =
        IncrementalAnalysis.of(
            List.of(
                new Strategy("A", 10_000, 1.0),
                new Strategy("B", 20_000, 1.2),
                new Strategy("C", 25_000, 2.0),
                new Strategy("D", 30_000, 1.5)));
    assertThat(rows)
        .extracting(IncrementalAnalysis.Row::status)
        .containsExactly(
            Dominance.NON_DOMINATED,
            Dominance.EXTENDED_DOMINATED,
            Dominance.NON_DOMINATED,
            Dominance.DOMINATED);
    assertThat(rows.get(0).icer()).isEmpty();
    assertThat(rows.get(2).icer().getAsDouble()).isCloseTo(15_000, within(1e-6));
  }

  @Test
  void should_report_the_cheaper_equal_strategy_as_dominating() {
    List<IncrementalAnalysis.Row> rows =
        IncrementalAnalysis.of(
            List.of(
                new Strategy("inpatient", 454_611, 6.1), new Strategy("outpatient", 421_624, 6.1)));
    assertThat(rows.get(0).status()).isEqualTo(Dominance.DOMINATED);
    assertThat(rows.get(1).status()).isEqualTo(Dominance.NON_DOMINATED);
  }
}
