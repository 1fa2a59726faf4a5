package org.openv2v.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DistributionTests {

  static Stream<Distribution> distributions() {
    return Stream.of(
        new Distribution.Exponential(4),
        Distribution.LogNormal.ofMedian(20, 0.25),
        new Distribution.GammaDistribution(2.5, 3),
        new Distribution.Weibull(1.5, 10),
        new Distribution.Empirical(new double[] {1, 2, 2, 7}),
        new Distribution.Fixed(6));
  }

  @ParameterizedTest
  @MethodSource("distributions")
  void samples_average_to_the_distributions_mean(Distribution distribution) {
    UniformRandomProvider rng = RandomStreams.replications(5, 1).get(0);
    ContinuousSampler sampler = distribution.sampler(rng);
    int n = 200_000;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double x = sampler.sample();
      assertThat(x).isGreaterThanOrEqualTo(0);
      sum += x;
    }
    assertThat(sum / n).isCloseTo(distribution.mean(), within(0.01 * distribution.mean()));
  }

  @Test
  void a_log_normals_median_is_its_parameter() {
    ContinuousSampler sampler =
        Distribution.LogNormal.ofMedian(20, 0.5).sampler(RandomStreams.replications(1, 1).get(0));
    double[] values = new double[100_001];
    for (int i = 0; i < values.length; i++) {
      values[i] = sampler.sample();
    }
    assertThat(new Quantiles(values).at(0.5)).isCloseTo(20, within(0.2));
  }

  @Test
  void refuses_parameters_that_make_no_sense() {
    assertThatThrownBy(() -> new Distribution.Exponential(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Distribution.Weibull(-1, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Distribution.Empirical(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void replication_streams_depend_on_the_seed_and_index_only() {
    List<UniformRandomProvider> first = RandomStreams.replications(7, 3);
    List<UniformRandomProvider> again = RandomStreams.replications(7, 5);
    for (int i = 0; i < 3; i++) {
      assertThat(again.get(i).nextLong()).isEqualTo(first.get(i).nextLong());
    }
    assertThat(first.get(0).nextLong()).isNotEqualTo(first.get(1).nextLong());
  }

  @Test
  void quantiles_interpolate_between_order_statistics() {
    Quantiles q = new Quantiles(new double[] {4, 1, 3, 2});
    assertThat(q.at(0)).isEqualTo(1);
    assertThat(q.at(0.5)).isEqualTo(2.5);
    assertThat(q.at(1)).isEqualTo(4);
    assertThat(q.mean()).isEqualTo(2.5);
  }

  @Test
  void a_confidence_interval_uses_students_t() {
    Estimate e = Estimate.of(new double[] {1, 2, 3, 4, 5});
    // mean 3, s = 1.5811, t(0.975, 4) = 2.7764: half-width 1.9632
    assertThat(e.mean()).isEqualTo(3);
    assertThat(e.halfWidth()).isCloseTo(1.9632, within(1e-4));
  }
}
