package org.openv2v.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one registry of background runs (simulations, economic models, planning): a run is submitted
 * here, stored with its parameters, and handed to db-scheduler, which runs it once on one node of
 * the cluster with the {@link RunWork} of its kind. Any node reads its state, progress and files.
 */
@Service
@RequiredArgsConstructor
public class JobRuns {

  /** The db-scheduler task that performs every run; its instance id is the run's id. */
  static final String TASK = "background-run";

  private final JobRunRows rows;
  private final ObjectProvider<RunWork> works;
  private final ObjectProvider<SchedulerClient> scheduler;
  private final Clock clock;

  /**
   * Stores a run and schedules it, in the caller's transaction; empty when as many runs of this
   * kind already wait as its work allows.
   */
  @Transactional
  public Optional<JobRun> submit(String kind, String label, String requestedBy, Object parameters) {
    RunWork work = work(kind);
    if (rows.unfinished(kind) >= work.maxWaiting()) {
      return Optional.empty();
    }
    rows.forget(kind, Math.max(0, work.kept() - 1));
    UUID id = UUID.randomUUID();
    rows.insert(
        new JobRun(
            id,
            kind,
            label,
            JobRun.State.QUEUED,
            0,
            Optional.empty(),
            requestedBy,
            JsonMapper.shared().writeValueAsString(parameters),
            clock.instant(),
            Optional.empty(),
            Optional.empty(),
            0,
            Optional.empty(),
            Optional.empty()));
    scheduler
        .getObject()
        .schedule(new TaskInstance<>(TASK, id.toString(), id.toString()), clock.instant());
    return rows.find(id);
  }

  public Optional<JobRun> find(UUID id) {
    return rows.find(id);
  }

  /** The runs of a kind, newest first. */
  public List<JobRun> list(String kind, int limit) {
    return rows.list(kind, limit);
  }

  /** A finished run's file by name. */
  public Optional<byte[]> output(UUID id, String name) {
    return rows.output(id, name);
  }

  /** A finished run's text file (UTF-8) by name. */
  public Optional<String> text(UUID id, String name) {
    return output(id, name).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  RunWork work(String kind) {
    return workFor(kind)
        .orElseThrow(() -> new IllegalStateException("no work declared for runs of kind " + kind));
  }

  Optional<RunWork> workFor(String kind) {
    return works.stream().filter(w -> w.kind().equals(kind)).findFirst();
  }
}
