package org.openv2v.economics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** evidence.md §6.1: S(t) = S_bg(t)·[π + (1−π)·S_u(t)]. */
class MixtureCureTests {

  @ParameterizedTest(name = "π={0}, t={1}")
  @CsvSource({
    "0.51, 0",
    "0.51, 1",
    "0.51, 5",
    "0.45, 10",
    "0.0,  2",
    "1.0,  2",
  })
  void should_be_background_times_cured_plus_uncured(double cure, double t) {
    Survival background = ParametricSurvival.exponential(0.01);
    Survival uncured = ParametricSurvival.weibull(1.2, 1.5);
    double expected = Math.exp(-0.01 * t) * (cure + (1 - cure) * Math.exp(-Math.pow(t / 1.5, 1.2)));
    assertThat(new MixtureCure(cure, uncured, background).at(t)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void should_approach_the_cured_fraction_of_the_general_population() {
    LifeTable table = new LifeTable("flat", "test", fill(0.01), fill(0.01));
    Survival background = table.from(50, 0.5);
    MixtureCure curve = new MixtureCure(0.4, ParametricSurvival.exponential(2), background);
    assertThat(background.at(10)).isCloseTo(Math.pow(0.99, 10), within(1e-12));
    assertThat(curve.at(20)).isCloseTo(0.4 * Math.pow(0.99, 20), within(1e-12));
  }

  @Test
  void should_refuse_a_cure_fraction_outside_zero_and_one() {
    assertThatThrownBy(() -> new MixtureCure(1.2, t -> 1, t -> 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_reproduce_zuma1_long_term_survival_with_korean_background_mortality() {
    // ZUMA-1 mixture cure: long-term OS fraction 51.0% (evidence.md §4.4); at 5 years the cured
    // share less background deaths from age 58 is still close to 0.51.
    LifeTable korea = org.openv2v.economics.scenario.LifeTables.named("kostat-2018");
    Survival bg = korea.from(58, 0.67);
    MixtureCure curve = new MixtureCure(0.51, ParametricSurvival.exponential(1.5), bg);
    assertThat(curve.at(5)).isBetween(0.47, 0.51);
  }

  private static double[] fill(double q) {
    double[] qs = new double[111];
    java.util.Arrays.fill(qs, q);
    return qs;
  }
}
