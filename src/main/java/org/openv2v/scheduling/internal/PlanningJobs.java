package org.openv2v.scheduling.internal;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * Planning runs in the background, one at a time (the solver uses a core fully; a second run waits
 * its turn rather than halving both).
 */
@Component
public class PlanningJobs {

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "openv2v-planner");
            thread.setDaemon(true);
            return thread;
          });

  public void submit(Runnable job) {
    executor.submit(job);
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
