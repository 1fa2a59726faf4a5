package org.openv2v.simulation.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReproducibilityTests {

  private static final QueueModel MODEL = new QueueModel(2, 1, 3, 0.5, 20_000, 1_000);

  @Test
  void should_give_identical_results_for_the_same_seed_whatever_the_threads() {
    QueueReport oneThread = QueueExperiment.run(MODEL, 12, 99, 1, n -> {});
    QueueReport fourThreads = QueueExperiment.run(MODEL, 12, 99, 4, n -> {});
    assertThat(fourThreads).isEqualTo(oneThread);
  }

  @Test
  void should_give_different_results_for_different_seeds() {
    assertThat(QueueExperiment.run(MODEL, 4, 1, 2, n -> {}).meanWait())
        .isNotEqualTo(QueueExperiment.run(MODEL, 4, 2, 2, n -> {}).meanWait());
  }
}
