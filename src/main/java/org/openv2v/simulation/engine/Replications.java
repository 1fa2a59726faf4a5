package org.openv2v.simulation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Runs independent replications of a model on a pool of threads and gathers their results by
 * replication index, so the results (and anything computed from them in order) are the same
 * whatever the number of threads.
 */
public final class Replications {

  /** One replication: its index and its own random stream give its result. */
  @FunctionalInterface
  public interface Body<T> {
    T run(int index, UniformRandomProvider stream);
  }

  private Replications() {}

  /**
   * @param threads 1 runs on the calling thread; more uses a fork-join pool of that size
   * @param progress told the number of finished replications after each one, from any thread
   */
  public static <T> List<T> run(
      int count, long seed, int threads, IntConsumer progress, Body<T> body) {
    if (count < 1) {
      throw new IllegalArgumentException("At least one replication is needed");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("At least one thread is needed");
    }
    List<UniformRandomProvider> streams = RandomStreams.replications(seed, count);
    Object[] results = new Object[count];
    AtomicInteger finished = new AtomicInteger();
    if (threads == 1 || count == 1) {
      for (int i = 0; i < count; i++) {
        results[i] = body.run(i, streams.get(i));
        progress.accept(finished.incrementAndGet());
      }
    } else {
      // Replications are handed out one at a time in index order, not split into ranges as a
      // parallel stream would: whatever reads the results as they finish (patients.csv, written
      // while the run goes on) then waits for at most one replication per thread.
      AtomicInteger next = new AtomicInteger();
      Runnable worker =
          () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
              try {
                results[i] = body.run(i, streams.get(i));
              } catch (RuntimeException | Error e) {
                next.set(count);
                throw e;
              }
              progress.accept(finished.incrementAndGet());
            }
          };
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        List<ForkJoinTask<?>> workers = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, count); t++) {
          workers.add(pool.submit(worker));
        }
        for (ForkJoinTask<?> w : workers) {
          w.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while simulating", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        // No replication is started after a failure or an interrupt.
        next.set(count);
        pool.shutdownNow();
      }
    }
    @SuppressWarnings("unchecked")
    List<T> typed = (List<T>) new ArrayList<>(Arrays.asList(results));
    return List.copyOf(typed);
  }

  /** The threads to use when the user does not say: every core. */
  public static int allCores() {
    return Runtime.getRuntime().availableProcessors();
  }
}
