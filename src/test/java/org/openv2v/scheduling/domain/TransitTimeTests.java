package org.openv2v.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lanes as couriers quote them: a median and a 90th percentile, planned at either. */
class TransitTimeTests {

  @ParameterizedTest(name = "{0} median {1} p90 {2}: plan {3} d at P90, {4} d at median")
  @CsvSource({
    "FIXED,     1,   1,   1, 1",
    "LOGNORMAL, 2,   3,   3, 2",
    "LOGNORMAL, 1.5, 2.2, 3, 2",
    "LOGNORMAL, 2,   2,   2, 2",
  })
  void should_plan_with_whole_days_at_the_chosen_quantile(
      TransitDistribution distribution, double median, double p90, int atP90, int atMedian) {
    TransitTime time = new TransitTime(distribution, median, p90);
    assertThat(time.planningDays(TransitQuantile.P90)).isEqualTo(atP90);
    assertThat(time.planningDays(TransitQuantile.MEDIAN)).isEqualTo(atMedian);
  }

  @ParameterizedTest
  @CsvSource({"2, 3", "1, 4", "5, 6"})
  void should_derive_lognormal_parameters_that_give_back_median_and_p90(double median, double p90) {
    TransitTime time = new TransitTime(TransitDistribution.LOGNORMAL, median, p90);
    org.apache.commons.math3.distribution.LogNormalDistribution fitted =
        new org.apache.commons.math3.distribution.LogNormalDistribution(time.mu(), time.sigma());
    assertThat(fitted.inverseCumulativeProbability(0.5)).isCloseTo(median, within(1e-6));
    assertThat(fitted.inverseCumulativeProbability(0.9)).isCloseTo(p90, within(1e-6));
  }

  @ParameterizedTest
  @CsvSource({"LOGNORMAL, 3, 2", "FIXED, 1, 2", "LOGNORMAL, 0, 1"})
  void should_refuse_impossible_lanes(TransitDistribution distribution, double median, double p90) {
    assertThatThrownBy(() -> new TransitTime(distribution, median, p90))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
