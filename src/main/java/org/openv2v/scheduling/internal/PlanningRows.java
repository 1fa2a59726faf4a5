package org.openv2v.scheduling.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.MappedQuerySpec;
import org.springframework.stereotype.Repository;

/** Planning runs, their constraint scores and their proposals. */
@Repository
@RequiredArgsConstructor
public class PlanningRows {

  private final JdbcClient jdbc;

  public record Run(
      UUID id,
      String status,
      String startedBy,
      Instant startedAt,
      Optional<Instant> finishedAt,
      int timeLimitSeconds,
      int maxWaitDays,
      Optional<String> score,
      Optional<Double> weightedMeanWaitDays,
      Optional<Double> fifoWeightedMeanWaitDays,
      Optional<Integer> maxWaitDaysPlanned,
      Optional<Integer> fifoMaxWaitDays,
      Optional<Integer> unassigned,
      Optional<Integer> fifoUnassigned,
      Optional<String> error) {}

  public record Outcome(
      String score,
      double weightedMeanWaitDays,
      double fifoWeightedMeanWaitDays,
      int maxWaitDays,
      int fifoMaxWaitDays,
      int unassigned,
      int fifoUnassigned) {}

  public record ConstraintRow(String name, String score, int matches) {}

  public record AssignmentRow(
      UUID caseId,
      String centreId,
      String apheresisSiteId,
      Optional<UUID> slotId,
      Optional<LocalDate> apheresisDate,
      Optional<LocalDate> expectedRelease,
      Optional<LocalDate> expectedArrival,
      Optional<LocalDate> earliestInfusion,
      Optional<Integer> waitDays,
      Optional<Integer> fifoWaitDays,
      double priority,
      String decision,
      Optional<String> decidedBy,
      Optional<Instant> decidedAt) {}

  public void insertRun(UUID id, String by, Instant at, int seconds, int maxWait) {
    jdbc.sql(
            "insert into scheduling.planning_run (id, status, started_by, started_at,"
                + " time_limit_seconds, max_wait_days) values (?, 'RUNNING', ?, ?, ?, ?)")
        .params(id, by, Timestamp.from(at), seconds, maxWait)
        .update();
  }

  public void finish(UUID id, Outcome outcome, Instant at) {
    jdbc.sql(
            """
            update scheduling.planning_run set status = 'DONE', finished_at = ?, score = ?,
                weighted_mean_wait_days = ?, fifo_weighted_mean_wait_days = ?,
                max_wait_days_planned = ?, fifo_max_wait_days = ?, unassigned = ?,
                fifo_unassigned = ?
            where id = ?
            """)
        .params(
            Timestamp.from(at),
            outcome.score(),
            outcome.weightedMeanWaitDays(),
            outcome.fifoWeightedMeanWaitDays(),
            outcome.maxWaitDays(),
            outcome.fifoMaxWaitDays(),
            outcome.unassigned(),
            outcome.fifoUnassigned(),
            id)
        .update();
  }

  public void fail(UUID id, String error, Instant at) {
    jdbc.sql(
            "update scheduling.planning_run set status = 'FAILED', finished_at = ?, error = ?"
                + " where id = ?")
        .params(Timestamp.from(at), error, id)
        .update();
  }

  /** What an earlier attempt of a run stored before its node died. */
  public void clearResults(UUID runId) {
    jdbc.sql("delete from scheduling.planning_constraint where run_id = ?").param(runId).update();
    jdbc.sql("delete from scheduling.planning_assignment where run_id = ?").param(runId).update();
  }

  public void insertConstraint(UUID runId, ConstraintRow row) {
    jdbc.sql(
            "insert into scheduling.planning_constraint (run_id, name, score, match_count)"
                + " values (?, ?, ?, ?)")
        .params(runId, row.name(), row.score(), row.matches())
        .update();
  }

  public void insertAssignment(UUID runId, AssignmentRow row) {
    jdbc.sql(
            """
            insert into scheduling.planning_assignment (run_id, case_id, centre_id,
                apheresis_site_id, slot_id, apheresis_date, expected_release, expected_arrival,
                earliest_infusion, wait_days, fifo_wait_days, priority, decision)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED')
            """)
        .params(
            runId,
            row.caseId(),
            row.centreId(),
            row.apheresisSiteId(),
            row.slotId().orElse(null),
            row.apheresisDate().map(Date::valueOf).orElse(null),
            row.expectedRelease().map(Date::valueOf).orElse(null),
            row.expectedArrival().map(Date::valueOf).orElse(null),
            row.earliestInfusion().map(Date::valueOf).orElse(null),
            row.waitDays().orElse(null),
            row.fifoWaitDays().orElse(null),
            row.priority())
        .update();
  }

  public Optional<Run> run(UUID id) {
    return jdbc.sql(
            """
            select id, status, started_by, started_at, finished_at, time_limit_seconds,
                max_wait_days, score, weighted_mean_wait_days, fifo_weighted_mean_wait_days,
                max_wait_days_planned, fifo_max_wait_days, unassigned, fifo_unassigned, error
            from scheduling.planning_run where id = ?
            """)
        .param(id)
        .query(PlanningRows::run)
        .optional();
  }

  public int assignmentCount(UUID runId) {
    return jdbc.sql("select count(*) from scheduling.planning_assignment where run_id = ?")
        .param(runId)
        .query(Integer.class)
        .single();
  }

  public List<ConstraintRow> constraints(UUID runId) {
    return jdbc.sql(
            "select name, score, match_count from scheduling.planning_constraint"
                + " where run_id = ? order by name")
        .param(runId)
        .query((rs, n) -> new ConstraintRow(rs.getString(1), rs.getString(2), rs.getInt(3)))
        .list();
  }

  public List<AssignmentRow> assignments(UUID runId) {
    return assignmentsWhere("run_id = ? order by earliest_infusion nulls last, case_id", runId)
        .list();
  }

  public Optional<AssignmentRow> lockAssignment(UUID runId, UUID caseId) {
    return assignmentsWhere("run_id = ? and case_id = ? for update", runId, caseId).optional();
  }

  public void decide(UUID runId, UUID caseId, String decision, String by, Instant at, String note) {
    jdbc.sql(
            "update scheduling.planning_assignment set decision = ?, decided_by = ?,"
                + " decided_at = ?, decision_note = ? where run_id = ? and case_id = ?")
        .params(decision, by, Timestamp.from(at), note, runId, caseId)
        .update();
  }

  private static final String ASSIGNMENT =
      "select case_id, centre_id, apheresis_site_id, slot_id, apheresis_date, expected_release,"
          + " expected_arrival, earliest_infusion, wait_days, fifo_wait_days, priority, decision,"
          + " decided_by, decided_at from scheduling.planning_assignment";

  private static Run run(ResultSet rs, int n) throws SQLException {
    return new Run(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getTimestamp(4).toInstant(),
        Optional.ofNullable(rs.getTimestamp(5)).map(Timestamp::toInstant),
        rs.getInt(6),
        rs.getInt(7),
        Optional.ofNullable(rs.getString(8)),
        Optional.ofNullable(rs.getBigDecimal(9)).map(java.math.BigDecimal::doubleValue),
        Optional.ofNullable(rs.getBigDecimal(10)).map(java.math.BigDecimal::doubleValue),
        Optional.ofNullable((Integer) rs.getObject(11)),
        Optional.ofNullable((Integer) rs.getObject(12)),
        Optional.ofNullable((Integer) rs.getObject(13)),
        Optional.ofNullable((Integer) rs.getObject(14)),
        Optional.ofNullable(rs.getString(15)));
  }

  /** Assignments are read with one select and one row mapper; a query names its condition. */
  private MappedQuerySpec<AssignmentRow> assignmentsWhere(String condition, Object... params) {
    return jdbc.sql(ASSIGNMENT + " where " + condition)
        .params(params)
        .query(PlanningRows::assignment);
  }

  private static AssignmentRow assignment(ResultSet rs, int n) throws SQLException {
    return new AssignmentRow(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        Optional.ofNullable(rs.getObject(4, UUID.class)),
        Optional.ofNullable(rs.getDate(5)).map(Date::toLocalDate),
        Optional.ofNullable(rs.getDate(6)).map(Date::toLocalDate),
        Optional.ofNullable(rs.getDate(7)).map(Date::toLocalDate),
        Optional.ofNullable(rs.getDate(8)).map(Date::toLocalDate),
        Optional.ofNullable((Integer) rs.getObject(9)),
        Optional.ofNullable((Integer) rs.getObject(10)),
        rs.getDouble(11),
        rs.getString(12),
        Optional.ofNullable(rs.getString(13)),
        Optional.ofNullable(rs.getTimestamp(14)).map(Timestamp::toInstant));
  }
}
