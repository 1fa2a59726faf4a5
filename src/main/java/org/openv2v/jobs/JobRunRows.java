package org.openv2v.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The registry's rows: jobs.job_run and the files of finished runs in jobs.job_output. */
@Repository
@RequiredArgsConstructor
class JobRunRows {

  private static final String COLUMNS =
      "id, kind, label, state, progress, note, requested_by, parameters, submitted_at,"
          + " started_at, finished_at, attempts, summary, error";

  private final JdbcClient jdbc;

  void insert(JobRun run) {
    jdbc.sql(
            "insert into jobs.job_run (id, kind, label, state, requested_by, parameters,"
                + " submitted_at) values (?, ?, ?, 'QUEUED', ?, ?, ?)")
        .params(
            run.id(),
            run.kind(),
            run.label(),
            run.requestedBy(),
            run.parameters(),
            Timestamp.from(run.submittedAt()))
        .update();
  }

  Optional<JobRun> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from jobs.job_run where id = ?")
        .param(id)
        .query(JobRunRows::run)
        .optional();
  }

  List<JobRun> list(String kind, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from jobs.job_run where kind = ? order by submitted_at desc, id limit ?")
        .params(kind, limit)
        .query(JobRunRows::run)
        .list();
  }

  int unfinished(String kind) {
    return jdbc.sql(
            "select count(*) from jobs.job_run where kind = ? and state in ('QUEUED', 'RUNNING')")
        .param(kind)
        .query(Integer.class)
        .single();
  }

  /** Starts (or, after its node died, restarts) a run: progress from nought, one more attempt. */
  void start(UUID id, Instant at) {
    jdbc.sql(
            "update jobs.job_run set state = 'RUNNING', started_at = ?, progress = 0, note = null,"
                + " attempts = attempts + 1 where id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  void progress(UUID id, double fraction, String note) {
    jdbc.sql(
            "update jobs.job_run set progress = greatest(progress, ?), note = coalesce(?, note)"
                + " where id = ? and state = 'RUNNING'")
        .params(fraction, note, id)
        .update();
  }

  @Transactional
  void done(UUID id, String summary, Map<String, byte[]> outputs, Instant at) {
    jdbc.sql("delete from jobs.job_output where run_id = ?").param(id).update();
    outputs.forEach(
        (name, content) ->
            jdbc.sql("insert into jobs.job_output (run_id, name, content) values (?, ?, ?)")
                .params(id, name, content)
                .update());
    jdbc.sql(
            "update jobs.job_run set state = 'DONE', progress = 1, summary = ?, finished_at = ?,"
                + " error = null where id = ?")
        .params(summary, Timestamp.from(at), id)
        .update();
  }

  void fail(UUID id, String error, Instant at) {
    jdbc.sql(
            "update jobs.job_run set state = 'FAILED', error = ?, finished_at = ? where id = ?"
                + " and state in ('QUEUED', 'RUNNING')")
        .params(error, Timestamp.from(at), id)
        .update();
  }

  Optional<byte[]> output(UUID id, String name) {
    return jdbc.sql("select content from jobs.job_output where run_id = ? and name = ?")
        .params(id, name)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  /** Deletes the oldest finished runs of a kind beyond the newest {@code kept}. */
  void forget(String kind, int kept) {
    jdbc.sql(
            """
            delete from jobs.job_run where id in (
                select id from jobs.job_run where kind = ? and state in ('DONE', 'FAILED')
                order by submitted_at desc offset ?)
            """)
        .params(kind, kept)
        .update();
  }

  /** Counts a request for a coalesced job; answers the count so far. */
  long request(String name) {
    return jdbc.sql(
            "insert into jobs.job_request (name, requests) values (?, 1) on conflict (name)"
                + " do update set requests = jobs.job_request.requests + 1 returning requests")
        .param(name)
        .query(Long.class)
        .single();
  }

  long requests(String name) {
    return jdbc.sql("select requests from jobs.job_request where name = ?")
        .param(name)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  private static JobRun run(ResultSet rs, int n) throws SQLException {
    return new JobRun(
        rs.getObject("id", UUID.class),
        rs.getString("kind"),
        rs.getString("label"),
        JobRun.State.valueOf(rs.getString("state")),
        rs.getDouble("progress"),
        Optional.ofNullable(rs.getString("note")),
        rs.getString("requested_by"),
        rs.getString("parameters"),
        rs.getTimestamp("submitted_at").toInstant(),
        instant(rs, "started_at"),
        instant(rs, "finished_at"),
        rs.getInt("attempts"),
        Optional.ofNullable(rs.getString("summary")),
        Optional.ofNullable(rs.getString("error")));
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
  }
}
