package org.openv2v.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class EstimateTests {

  @Test
  void the_t_table_holds_exactly_commons_maths_quantiles() {
    for (int df = 1; df <= 200; df++) {
      assertThat(Estimate.tQuantile975(df))
          .as("df %d", df)
          .isEqualTo(new TDistribution(null, df).inverseCumulativeProbability(0.975));
    }
  }

  @Test
  void an_interval_is_the_mean_plus_minus_t_times_the_standard_error() {
    Estimate e = Estimate.of(new double[] {1, 2, 3, 4});
    double half = 3.1824463048574763 * Math.sqrt(5.0 / 3 / 4);
    assertThat(e.mean()).isEqualTo(2.5);
    assertThat(e.lower()).isEqualTo(2.5 - half);
    assertThat(e.upper()).isEqualTo(2.5 + half);
  }
}
