package org.openv2v.economics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * evidence.md §6.1: PF = S_PFS, PD = S_OS − S_PFS, dead = 1 − S_OS; LY = ∫S_OS; QALY = ∫[u_PF·PF +
 * u_PD·PD]·e^{−δt}. With exponential curves the areas are closed-form: ∫e^{−λt}e^{−δt} = 1/(λ+δ).
 */
class PartitionedSurvivalTests {

  static final int CYCLES_PER_YEAR = 12;
  static final double HORIZON = 100;

  @ParameterizedTest(name = "λ_PFS={0}, λ_OS={1}, r={2}")
  @CsvSource({
    "0.8, 0.3,  0.0",
    "0.8, 0.3,  0.03",
    "1.5, 0.5,  0.035",
    "0.4, 0.2,  0.045",
  })
  void should_integrate_state_occupancy_to_the_closed_form_areas(
      double pfsRate, double osRate, double rate) {
    CohortTrace trace = trace(pfsRate, osRate);
    Accrual accrual = new Accrual(rate, true);
    double delta = Discounting.continuousRate(rate);
    double uPf = 0.83;
    double uPd = 0.71;
    double expectedLy = 1 / (osRate + delta);
    double expectedPf = 1 / (pfsRate + delta);
    double expectedQaly = uPf * expectedPf + uPd * (expectedLy - expectedPf);
    assertThat(accrual.lifeYears(trace)).isCloseTo(expectedLy, within(expectedLy * 2e-3));
    assertThat(accrual.presentValue(trace, new double[] {1, 0, 0}))
        .isCloseTo(expectedPf, within(expectedPf * 2e-3));
    assertThat(accrual.presentValue(trace, new double[] {uPf, uPd, 0}))
        .isCloseTo(expectedQaly, within(expectedQaly * 2e-3));
  }

  @Test
  void should_partition_the_cohort_into_three_states_that_sum_to_one() {
    CohortTrace trace = trace(0.8, 0.3);
    for (int k = 0; k <= trace.cycles(); k += 7) {
      double t = k * trace.cycleYears();
      assertThat(trace.share(0, k)).isCloseTo(Math.exp(-0.8 * t), within(1e-12));
      assertThat(trace.share(1, k))
          .isCloseTo(Math.exp(-0.3 * t) - Math.exp(-0.8 * t), within(1e-12));
      assertThat(trace.share(2, k)).isCloseTo(1 - Math.exp(-0.3 * t), within(1e-12));
    }
  }

  @Test
  void should_cap_progression_free_at_overall_survival_where_fitted_curves_cross() {
    CohortTrace trace =
        PartitionedSurvival.trace(
            ParametricSurvival.exponential(0.2),
            ParametricSurvival.exponential(0.5),
            1.0 / 12,
            120);
    for (int k = 0; k <= trace.cycles(); k++) {
      assertThat(trace.share(1, k)).isGreaterThanOrEqualTo(0);
      assertThat(trace.share(0, k)).isLessThanOrEqualTo(trace.alive(k) + 1e-15);
    }
  }

  @Test
  void should_reduce_error_with_half_cycle_correction() {
    CohortTrace trace =
        PartitionedSurvival.trace(
            ParametricSurvival.exponential(1.0), ParametricSurvival.exponential(1.0), 1.0, 60);
    double exact = 1.0;
    double corrected = new Accrual(0, true).lifeYears(trace);
    double uncorrected = new Accrual(0, false).lifeYears(trace);
    assertThat(Math.abs(corrected - exact)).isLessThan(Math.abs(uncorrected - exact) / 5);
  }

  private static CohortTrace trace(double pfsRate, double osRate) {
    return PartitionedSurvival.trace(
        ParametricSurvival.exponential(pfsRate),
        ParametricSurvival.exponential(osRate),
        1.0 / CYCLES_PER_YEAR,
        (int) (HORIZON * CYCLES_PER_YEAR));
  }
}
