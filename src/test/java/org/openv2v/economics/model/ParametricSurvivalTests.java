package org.openv2v.economics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;

/** The six families against their medians and their special cases (flexsurv parametrisations). */
class ParametricSurvivalTests {

  @Test
  void should_put_each_family_median_where_its_formula_says() {
    assertThat(ParametricSurvival.exponential(0.1).at(Math.log(2) / 0.1))
        .isCloseTo(0.5, within(1e-12));
    assertThat(ParametricSurvival.weibull(1.3, 8).at(8 * Math.pow(Math.log(2), 1 / 1.3)))
        .isCloseTo(0.5, within(1e-12));
    assertThat(ParametricSurvival.logLogistic(2.1, 6).at(6)).isCloseTo(0.5, within(1e-12));
    assertThat(ParametricSurvival.logNormal(Math.log(9), 1.1).at(9)).isCloseTo(0.5, within(1e-12));
    double gompertzMedian = Math.log1p(0.2 * Math.log(2) / 0.05) / 0.2;
    assertThat(ParametricSurvival.gompertz(0.2, 0.05).at(gompertzMedian))
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  void should_level_off_at_the_gompertz_cured_fraction_when_shape_is_negative() {
    Survival s = ParametricSurvival.gompertz(-0.5, 0.4);
    assertThat(s.at(200)).isCloseTo(Math.exp(0.4 / -0.5), within(1e-9));
  }

  @Test
  void should_reduce_the_generalised_gamma_to_weibull_gamma_and_lognormal() {
    double mu = 2.0;
    double sigma = 0.7;
    Survival weibull = ParametricSurvival.weibull(1 / sigma, Math.exp(mu));
    Survival gengammaQ1 = ParametricSurvival.generalisedGamma(mu, sigma, 1);
    // Q = σ: the gamma with shape 1/σ² and scale e^μ σ².
    GammaDistribution gamma =
        new GammaDistribution(1 / (sigma * sigma), Math.exp(mu) * sigma * sigma);
    Survival gengammaGamma = ParametricSurvival.generalisedGamma(mu, sigma, sigma);
    Survival lognormal = ParametricSurvival.logNormal(mu, sigma);
    Survival gengammaQ0 = ParametricSurvival.generalisedGamma(mu, sigma, 0);
    Survival nearZero = ParametricSurvival.generalisedGamma(mu, sigma, 1e-4);
    for (double t = 0.5; t < 40; t += 1.5) {
      assertThat(gengammaQ1.at(t)).isCloseTo(weibull.at(t), within(1e-9));
      assertThat(gengammaGamma.at(t)).isCloseTo(1 - gamma.cumulativeProbability(t), within(1e-9));
      assertThat(gengammaQ0.at(t)).isCloseTo(lognormal.at(t), within(1e-12));
      assertThat(nearZero.at(t)).isCloseTo(lognormal.at(t), within(1e-3));
    }
  }

  @Test
  void should_measure_time_in_the_unit_the_curve_was_fitted_in() {
    Survival months = ParametricSurvival.exponential(0.1).inUnits(12);
    assertThat(months.at(1)).isCloseTo(Math.exp(-1.2), within(1e-12));
  }

  @Test
  void should_refuse_parameters_that_make_no_curve() {
    assertThatThrownBy(() -> ParametricSurvival.weibull(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParametricSurvival.exponential(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void every_family_starts_at_one_and_never_rises(
      @ForAll @DoubleRange(min = 0.2, max = 4) double shape,
      @ForAll @DoubleRange(min = 0.5, max = 50) double scale,
      @ForAll @DoubleRange(min = -1.5, max = 1.5) double q) {
    Survival[] curves = {
      ParametricSurvival.exponential(1 / scale),
      ParametricSurvival.weibull(shape, scale),
      ParametricSurvival.logLogistic(shape, scale),
      ParametricSurvival.logNormal(Math.log(scale), shape),
      ParametricSurvival.gompertz(shape - 2, 1 / scale),
      ParametricSurvival.generalisedGamma(Math.log(scale), shape, q)
    };
    for (Survival s : curves) {
      assertThat(s.at(0)).isEqualTo(1.0);
      double previous = 1;
      for (double t = 0.25; t < 100; t *= 1.7) {
        double now = s.at(t);
        assertThat(now).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous + 1e-12);
        previous = now;
      }
    }
  }
}
