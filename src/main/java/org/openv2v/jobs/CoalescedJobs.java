package org.openv2v.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs where a burst of requests, from any node, becomes one run: a request counts itself and
 * schedules the job a moment later unless it is already scheduled; a request that comes while the
 * job runs makes it run once more when it ends. A module declares the job's task as a bean ({@link
 * #task}) and asks for runs with {@link #request}.
 */
@Component
@RequiredArgsConstructor
public class CoalescedJobs {

  private static final Logger log = LoggerFactory.getLogger(CoalescedJobs.class);

  /** The one instance of each coalesced job: at most one is waiting or running at a time. */
  private static final String INSTANCE = "next";

  private final JobRunRows rows;
  private final ObjectProvider<SchedulerClient> scheduler;
  private final Clock clock;
  private final Map<String, Duration> settles = new ConcurrentHashMap<>();

  /**
   * The db-scheduler task of a coalesced job named {@code name}, to declare as a bean; it starts
   * {@code settle} after the first request of a burst. A failed run is logged and not retried: the
   * next request runs it again.
   */
  public CustomTask<Void> task(String name, Duration settle, Runnable work) {
    settles.put(name, settle);
    return Tasks.custom(name, Void.class)
        .onDeadExecutionRevive()
        .execute(
            (instance, context) -> {
              long seen = rows.requests(name);
              try {
                work.run();
              } catch (RuntimeException e) {
                log.warn("Background job {} failed: {}", name, e.toString());
              }
              return (complete, operations) -> {
                operations.remove();
                if (rows.requests(name) > seen) {
                  schedule(name); // asked for again while it ran
                }
              };
            });
  }

  /**
   * Asks for a run soon; merged with one already waiting. In a transaction of its own: requests
   * come from after-commit listeners, whose writes would otherwise join a finished transaction.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void request(String name) {
    rows.request(name);
    schedule(name);
  }

  private void schedule(String name) {
    Duration settle = settles.getOrDefault(name, Duration.ZERO);
    scheduler
        .getObject()
        .scheduleIfNotExists(new TaskInstance<Void>(name, INSTANCE), clock.instant().plus(settle));
  }
}
