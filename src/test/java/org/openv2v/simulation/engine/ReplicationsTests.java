package org.openv2v.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Replications give the same results on any number of threads, hand replications out in index order
 * (so patients.csv, written as they finish, waits for at most one per thread) and stop at the first
 * failure.
 */
class ReplicationsTests {

  @Test
  void results_come_by_index_and_are_the_same_on_one_thread_and_on_four() {
    Replications.Body<Long> draw = (index, stream) -> index * 1_000_000L + stream.nextInt(1000);

    List<Long> one = Replications.run(50, 7, 1, n -> {}, draw);
    List<Long> four = Replications.run(50, 7, 4, n -> {}, draw);

    assertThat(four).isEqualTo(one).hasSize(50);
    for (int i = 0; i < 50; i++) {
      assertThat(one.get(i) / 1_000_000L).isEqualTo(i);
    }
  }

  @Test
  void a_replication_starts_only_when_every_lower_one_has_a_thread() {
    int threads = 3;
    BitSet entered = new java.util.BitSet();
    AtomicInteger mostMissing = new AtomicInteger();
    List<Integer> told = Collections.synchronizedList(new ArrayList<>());

    Replications.run(
        300,
        1,
        threads,
        told::add,
        (index, stream) -> {
          synchronized (entered) {
            // Lower replications not yet begun: each one is held by another thread about to
            // begin it, so there are never more than the other threads (a range split would
            // start the second half with the whole first half missing).
            int missing = index - entered.get(0, index).cardinality();
            mostMissing.accumulateAndGet(missing, Math::max);
            entered.set(index);
          }
          return index;
        });

    assertThat(mostMissing.get()).isLessThanOrEqualTo(threads - 1);
    assertThat(told).hasSize(300).contains(300);
  }

  @Test
  void the_first_failure_stops_the_run_and_is_thrown_as_it_was() {
    AtomicInteger ran = new AtomicInteger();

    assertThatThrownBy(
            () ->
                Replications.run(
                    10_000,
                    1,
                    2,
                    n -> {},
                    (index, stream) -> {
                      ran.incrementAndGet();
                      if (index == 5) {
                        throw new IllegalStateException("replication 5 broke");
                      }
                      // A millisecond a replication: the whole run would take seconds.
                      LockSupport.parkNanos(1_000_000);
                      return index;
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("replication 5 broke");
    int atFailure = ran.get();
    assertThat(atFailure).isLessThan(5_000);
    LockSupport.parkNanos(50_000_000);
    // The other thread finishes the replication it holds, then takes no other.
    assertThat(ran.get()).isLessThanOrEqualTo(atFailure + 1);
  }

  @Test
  void an_interrupted_run_starts_no_further_replication() throws Exception {
    AtomicInteger started = new AtomicInteger();
    java.util.concurrent.atomic.AtomicReference<Throwable> thrown =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                Replications.run(
                    10_000,
                    1,
                    2,
                    n -> {},
                    (index, stream) -> {
                      started.incrementAndGet();
                      LockSupport.parkNanos(2_000_000);
                      return index;
                    });
              } catch (RuntimeException e) {
                thrown.set(e);
              }
            });
    caller.start();
    while (started.get() < 4) {
      Thread.onSpinWait();
    }
    caller.interrupt();
    caller.join(5_000);

    assertThat(thrown.get())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Interrupted");
    int atInterrupt = started.get();
    Thread.sleep(100);
    assertThat(started.get()).isLessThanOrEqualTo(atInterrupt + 2).isLessThan(10_000);
  }
}
