package org.openv2v.jobs;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Performs one run on the node db-scheduler picked. A run cut off because this node stops is given
 * back to the cluster at once when the database is still at hand (another node, or this one after
 * its restart, starts it again); otherwise, and when a node dies without stopping, its heartbeat
 * stops and db-scheduler's dead-execution check on a live node revives the run. A run started
 * {@code max-attempts} times without finishing is failed rather than tried for ever, so no run
 * stays "running".
 */
@Configuration(proxyBeanMethods = false)
class RunExecution {

  private static final Logger log = LoggerFactory.getLogger(RunExecution.class);

  /** Thrown out of a run that this node's stop cut off, for db-scheduler to reschedule it. */
  static final class CutOff extends RuntimeException {
    CutOff(UUID id, Throwable cause) {
      super("run " + id + " was cut off by this node's stop", cause);
    }
  }

  private static final Duration RETRY = Duration.ofSeconds(30);

  private final JobRunRows rows;
  private final JobRuns runs;
  private final Clock clock;
  private final int maxAttempts;
  private final AtomicBoolean stopping = new AtomicBoolean();

  RunExecution(
      JobRunRows rows,
      JobRuns runs,
      Clock clock,
      @Value("${openv2v.jobs.max-attempts:3}") int maxAttempts) {
    this.rows = rows;
    this.runs = runs;
    this.clock = clock;
    this.maxAttempts = maxAttempts;
  }

  @Bean
  OneTimeTask<String> backgroundRunTask() {
    return Tasks.oneTime(JobRuns.TASK, String.class)
        .onDeadExecutionRevive()
        // A cut-off run goes back at once, for a live node to pick up; anything else that failed
        // outside the work (the database away for a moment) is tried again a little later.
        .onFailure(
            (complete, operations) ->
                operations.reschedule(
                    complete,
                    complete.getCause().filter(CutOff.class::isInstance).isPresent()
                        ? clock.instant()
                        : clock.instant().plus(RETRY)))
        .execute((instance, context) -> perform(UUID.fromString(instance.getData())));
  }

  /** Called as this node begins to stop: whatever is cut off from now on goes back to the queue. */
  void stopping() {
    stopping.set(true);
  }

  /** Called as this node (re)starts its scheduler: runs picked from now on go to the end. */
  void starting() {
    stopping.set(false);
  }

  void perform(UUID id) {
    JobRun queued = rows.find(id).orElse(null);
    if (queued == null || queued.finished()) {
      return; // deleted meanwhile, or finished by a node thought dead
    }
    RunWork work = runs.workFor(queued.kind()).orElse(null);
    if (work == null) {
      // A node of another version submitted a kind this one does not know.
      rows.fail(id, "No node knows how to run a " + queued.kind() + ".", clock.instant());
      return;
    }
    if (queued.attempts() >= maxAttempts) {
      fail(
          work,
          queued,
          "The run was interrupted " + queued.attempts() + " times; not tried again.");
      return;
    }
    rows.start(id, clock.instant());
    JobRun run = rows.find(id).orElseThrow();
    RunResult result;
    try {
      result = work.perform(run, new ThrottledProgress(rows, id, stopping::get));
    } catch (Exception | OutOfMemoryError | StackOverflowError e) {
      if (stopping.get()) {
        Thread.interrupted(); // the hand-back below needs a connection, which an interrupt refuses
        throw new CutOff(id, e);
      }
      log.warn("Background run {} ({}) failed", id, run.kind(), e);
      fail(work, run, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      return;
    }
    if (stopping.get()) {
      // A solver stopped by the interrupt still answers, with less than it would have found.
      Thread.interrupted();
      throw new CutOff(id, null);
    }
    rows.done(
        id,
        JsonMapper.shared().writeValueAsString(result.summary()),
        result.outputs(),
        clock.instant());
  }

  private void fail(RunWork work, JobRun run, String error) {
    rows.fail(run.id(), error, clock.instant());
    work.failed(run, error);
  }
}
