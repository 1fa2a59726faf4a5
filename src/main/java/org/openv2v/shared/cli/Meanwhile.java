package org.openv2v.shared.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work a command-line tool starts on a thread of its own and collects later, so that one core does
 * it while the other does the tool's next step (issue 17): a report rendered while the data files
 * are written, reference data read while the command line is, one half of the economic report while
 * the other is rendered (in the tool and in the platform's runs alike). The answer's {@code get}
 * waits for the work and throws what the work threw, as doing it in place would have.
 */
public final class Meanwhile {

  private Meanwhile() {}

  /**
   * Starts {@code work} now on a daemon thread named {@code name}: a tool that has written its
   * files need not wait for it to exit.
   */
  public static <T> Supplier<T> start(String name, Supplier<T> work) {
    CompletableFuture<T> done =
        CompletableFuture.supplyAsync(
            work,
            task -> {
              Thread thread = new Thread(task, name);
              thread.setDaemon(true);
              thread.start();
            });
    return () -> {
      try {
        return done.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e;
      }
    };
  }
}
