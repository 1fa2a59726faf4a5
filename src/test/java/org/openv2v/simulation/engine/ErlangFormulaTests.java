package org.openv2v.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The oracles themselves, against the reference values of evidence §6.2 and §6.3. */
class ErlangFormulaTests {

  @ParameterizedTest(name = "λ={0} μ={1} c={2}: C={3}, Wq={4}")
  @CsvSource({
    "0.9, 1, 1, 0.900000, 9.000000",
    "0.5, 1, 1, 0.500000, 1.000000",
    "2, 1, 3, 0.444444, 0.444444",
    "30, 12, 3, 0.702247, 0.117041",
    "30, 12, 4, 0.319857, 0.017770",
    "150, 100, 2, 0.642857, 0.012857",
    "0.5, 0.0714285714285714, 8, 0.635316, 8.894424",
    "0.6, 0.0714285714285714, 10, 0.504268, 4.412344",
    "0.6, 0.0357142857142857, 20, 0.356413, 3.118615"
  })
  void erlang_c_matches_the_published_table(
      double lambda, double mu, int c, double probWait, double wait) {
    ErlangC queue = new ErlangC(lambda, mu, c);
    assertThat(queue.probabilityOfWaiting()).isCloseTo(probWait, within(1e-6));
    assertThat(queue.meanWait()).isCloseTo(wait, within(1e-6));
  }

  @ParameterizedTest(name = "λ={0} μ={1} c={2} θ={3}")
  @CsvSource({
    "1, 1, 1, 0.5, 0.686965, 0.313035, 0.626071, 1.313035",
    "0.9, 1, 1, 0.1, 0.757957, 0.157826, 1.420433, 2.178390",
    "0.6, 0.0714285714285714, 10, 0.01, 0.440972, 0.024320, 1.459227, 9.654935",
    "0.6, 0.0714285714285714, 8, 0.01, 0.823399, 0.097534, 5.852037, 13.432752",
    "2, 1, 3, 1, 0.323324, 0.109009, 0.218018, 2.000000"
  })
  void erlang_a_matches_the_published_table(
      double lambda,
      double mu,
      int c,
      double theta,
      double probWait,
      double probAbandon,
      double queueLength,
      double inSystem) {
    ErlangA queue = new ErlangA(lambda, mu, c, theta);
    assertThat(queue.probabilityOfWaiting()).isCloseTo(probWait, within(1e-6));
    assertThat(queue.probabilityOfAbandoning()).isCloseTo(probAbandon, within(1e-6));
    assertThat(queue.meanQueueLength()).isCloseTo(queueLength, within(1e-6));
    assertThat(queue.meanInSystem()).isCloseTo(inSystem, within(1e-6));
  }

  @ParameterizedTest
  @CsvSource({"0.9, 1, 1", "2, 1, 3", "30, 12, 4"})
  void erlang_a_without_abandonment_is_erlang_c(double lambda, double mu, int c) {
    ErlangA a = new ErlangA(lambda, mu, c, 0);
    ErlangC cc = new ErlangC(lambda, mu, c);
    assertThat(a.probabilityOfWaiting()).isCloseTo(cc.probabilityOfWaiting(), within(1e-9));
    assertThat(a.meanWait()).isCloseTo(cc.meanWait(), within(1e-9));
  }
}
