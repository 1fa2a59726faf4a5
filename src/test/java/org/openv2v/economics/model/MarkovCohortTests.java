package org.openv2v.economics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkovCohortTests {

  @Test
  void should_convert_rates_to_probabilities_as_one_minus_e_to_the_minus_rt() {
    assertThat(MarkovCohort.probability(0.1, 1)).isCloseTo(1 - Math.exp(-0.1), within(1e-15));
    assertThat(MarkovCohort.probability(1.2, 1.0 / 12))
        .isCloseTo(1 - Math.exp(-0.1), within(1e-15));
  }

  @Test
  void should_follow_the_geometric_survival_of_a_constant_probability() {
    double p = MarkovCohort.probability(0.3, 1.0 / 12);
    MarkovCohort cohort =
        new MarkovCohort(
            List.of("alive", "dead"), new double[][] {{1 - p, p}, {0, 1}}, new double[] {1, 0});
    CohortTrace trace = cohort.trace(1.0 / 12, 240);
    for (int k = 0; k <= 240; k += 12) {
      assertThat(trace.alive(k)).isCloseTo(Math.exp(-0.3 * k / 12.0), within(1e-12));
    }
    // Same cohort as the partitioned-survival exponential: LY → 1/0.3 over a long horizon.
    assertThat(new Accrual(0, true).lifeYears(cohort.trace(1.0 / 12, 1200)))
        .isCloseTo(1 / 0.3, within(2e-3));
  }

  @Test
  void should_conserve_the_cohort_through_three_states() {
    MarkovCohort cohort =
        new MarkovCohort(
            List.of("well", "sick", "dead"),
            new double[][] {{0.9, 0.08, 0.02}, {0.05, 0.8, 0.15}, {0, 0, 1}},
            new double[] {1, 0, 0});
    CohortTrace trace = cohort.trace(1, 50);
    for (int k = 0; k <= 50; k++) {
      assertThat(trace.share(0, k) + trace.share(1, k) + trace.share(2, k))
          .isCloseTo(1, within(1e-12));
    }
  }

  @Test
  void should_refuse_rows_that_do_not_sum_to_one() {
    assertThatThrownBy(
            () ->
                new MarkovCohort(
                    List.of("alive", "dead"),
                    new double[][] {{0.5, 0.4}, {0, 1}},
                    new double[] {1, 0}))
        .hasMessageContaining("sum");
  }
}
