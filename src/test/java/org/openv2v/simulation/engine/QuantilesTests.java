package org.openv2v.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantilesTests {

  @Test
  void the_histogram_bins_as_floor_clamped_to_the_bins_did() {
    double[] values = {
      0,
      4.999999,
      5,
      5.000001,
      57.3,
      114.99,
      115,
      119.99,
      120,
      1e300,
      Double.POSITIVE_INFINITY,
      Double.NaN,
      -0.0,
      -3,
      Double.MIN_VALUE
    };
    double width = 5;
    int bins = 24;
    long[] expected = new long[bins];
    for (double value : values) {
      expected[(int) Math.min(bins - 1, Math.max(0, Math.floor(value / width)))]++;
    }
    assertThat(new Quantiles(values).histogram(width, bins)).isEqualTo(expected);
  }

  @Test
  void pooled_quantiles_are_those_of_all_the_values() {
    Quantiles pooled =
        Quantiles.pooled(
            List.of(new Quantiles(new double[] {4, 1}), new Quantiles(new double[] {3, 2, 5})));
    assertThat(pooled.count()).isEqualTo(5);
    assertThat(pooled.at(0.5)).isEqualTo(3);
    assertThat(pooled.at(0.1)).isEqualTo(1.4);
    assertThat(pooled.mean()).isEqualTo(3);
    assertThat(new Quantiles(new double[0]).mean()).isNaN();
  }
}
