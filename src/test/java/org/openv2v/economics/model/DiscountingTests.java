package org.openv2v.economics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** evidence.md §6.1: discrete 1/(1+r)^t and continuous e^{−δt} with δ = ln(1+r). */
class DiscountingTests {

  @ParameterizedTest(name = "r={0}, t={1} → {2}")
  @CsvSource({
    "0.03,  0,  1.0",
    "0.03,  1,  0.970873786",
    "0.03,  10, 0.744093914",
    "0.035, 5,  0.841973",
    "0.045, 20, 0.414643",
    "0.0,   30, 1.0",
  })
  void should_discount_as_one_over_one_plus_r_to_the_t(double rate, double years, double factor) {
    assertThat(Discounting.factor(rate, years)).isCloseTo(factor, within(1e-6));
  }

  @ParameterizedTest(name = "r={0}")
  @CsvSource({"0.015", "0.03", "0.035", "0.045", "0.05"})
  void should_match_continuous_discounting_with_delta_ln_one_plus_r(double rate) {
    double delta = Discounting.continuousRate(rate);
    assertThat(delta).isCloseTo(Math.log(1 + rate), within(1e-15));
    for (double t = 0; t <= 40; t += 2.5) {
      assertThat(Discounting.factor(rate, t)).isCloseTo(Math.exp(-delta * t), within(1e-12));
    }
  }

  @ParameterizedTest(name = "r={0}")
  @CsvSource({"0.0", "0.03", "0.05"})
  void should_value_a_flow_as_the_integral_of_the_discount_factor(double rate) {
    double numeric = 0;
    int steps = 100_000;
    for (int i = 0; i < steps; i++) {
      numeric += Discounting.factor(rate, (i + 0.5) * 10.0 / steps) * 10.0 / steps;
    }
    assertThat(Discounting.flow(rate, 0, 10)).isCloseTo(numeric, within(1e-8));
  }
}
