package org.openv2v.economics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DecisionUncertaintyTests {

  // Two iterations, two strategies: in the first B is better at λ = 10, in the second A.
  static final DecisionUncertainty TWO =
      new DecisionUncertainty(new double[][] {{0, 5}, {0, 15}}, new double[][] {{0, 1}, {0, 1}});

  @Test
  void should_count_the_share_of_iterations_each_strategy_wins() {
    assertThat(TWO.probabilityCostEffective(10)).containsExactly(0.5, 0.5);
    assertThat(TWO.probabilityCostEffective(0)).containsExactly(1.0, 0.0);
    assertThat(TWO.probabilityCostEffective(100)).containsExactly(0.0, 1.0);
  }

  @Test
  void should_value_perfect_information_as_mean_of_max_less_max_of_mean() {
    // NB at λ=10: A = 0, 0; B = 5, −5. E[max] = (5 + 0)/2 = 2.5; max E = max(0, 0) = 0.
    assertThat(TWO.expectedValueOfPerfectInformation(10)).isCloseTo(2.5, within(1e-12));
    assertThat(TWO.expectedValueOfPerfectInformation(100)).isCloseTo(0, within(1e-12));
  }
}
