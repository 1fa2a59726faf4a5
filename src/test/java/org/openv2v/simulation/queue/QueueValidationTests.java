package org.openv2v.simulation.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.simulation.engine.ErlangA;
import org.openv2v.simulation.engine.ErlangC;

/**
 * The engine against queueing theory: the simulated mean wait's 95% confidence interval must
 * contain the exact Erlang C (M/M/c) or Erlang A (M/M/c+M) value, and the other measures must lie
 * close to theirs. Seeds are fixed, so the tests cannot flicker.
 */
class QueueValidationTests {

  private static final int REPLICATIONS = 10;
  private static final long SEED = 20_260_501L;

  @ParameterizedTest(name = "M/M/{2} λ={0} μ={1}")
  @CsvSource({
    "0.5, 1, 1, 100000, 2000",
    "0.9, 1, 1, 300000, 20000",
    "2, 1, 3, 100000, 2000",
    "30, 12, 4, 100000, 2000",
    "150, 100, 2, 100000, 2000",
    "0.5, 0.0714285714285714, 8, 150000, 5000"
  })
  void should_match_erlang_c(double lambda, double mu, int c, long customers, long warmup) {
    ErlangC exact = new ErlangC(lambda, mu, c);
    QueueReport report =
        QueueExperiment.run(
            new QueueModel(lambda, mu, c, 0, customers, warmup), REPLICATIONS, SEED, 2, n -> {});

    assertThat(report.meanWait().contains(exact.meanWait()))
        .as("Wq %s within %s", exact.meanWait(), report.meanWait())
        .isTrue();
    assertThat(report.probabilityOfWaiting()).isCloseTo(exact.probabilityOfWaiting(), within(0.01));
    assertThat(report.utilization()).isCloseTo(exact.utilization(), within(0.01));
    assertThat(report.meanQueueLength())
        .isCloseTo(exact.meanQueueLength(), within(0.05 * exact.meanQueueLength() + 0.002));
    assertThat(report.abandonFraction()).isZero();
    assertThat(report.customers()).isEqualTo(REPLICATIONS * (customers - warmup));
  }

  @ParameterizedTest(name = "M/M/{2}+M λ={0} μ={1} θ={3}")
  @CsvSource({
    "1, 1, 1, 0.5, 100000, 2000",
    "0.9, 1, 1, 0.1, 150000, 5000",
    "0.6, 0.0714285714285714, 10, 0.01, 100000, 5000",
    "0.6, 0.0714285714285714, 8, 0.01, 100000, 5000",
    "2, 1, 3, 1, 100000, 2000"
  })
  void should_match_erlang_a(
      double lambda, double mu, int c, double theta, long customers, long warmup) {
    ErlangA exact = new ErlangA(lambda, mu, c, theta);
    QueueReport report =
        QueueExperiment.run(
            new QueueModel(lambda, mu, c, theta, customers, warmup),
            REPLICATIONS,
            SEED,
            2,
            n -> {});

    assertThat(report.meanWait().contains(exact.meanWait()))
        .as("Wq %s within %s", exact.meanWait(), report.meanWait())
        .isTrue();
    assertThat(report.probabilityOfWaiting()).isCloseTo(exact.probabilityOfWaiting(), within(0.01));
    assertThat(report.abandonFraction()).isCloseTo(exact.probabilityOfAbandoning(), within(0.01));
    assertThat(report.utilization()).isCloseTo(exact.utilization(), within(0.01));
    assertThat(report.meanQueueLength())
        .isCloseTo(exact.meanQueueLength(), within(0.05 * exact.meanQueueLength() + 0.002));
  }

  @ParameterizedTest
  @CsvSource({"0.5, 1, 1", "2, 1, 3"})
  void should_give_a_batch_means_interval_from_a_single_replication(
      double lambda, double mu, int c) {
    ErlangC exact = new ErlangC(lambda, mu, c);
    QueueReport report =
        QueueExperiment.run(new QueueModel(lambda, mu, c, 0, 400_000, 10_000), 1, SEED, 1, n -> {});

    assertThat(report.meanWait().observations()).isEqualTo(20);
    assertThat(report.meanWait().contains(exact.meanWait())).isTrue();
  }
}
