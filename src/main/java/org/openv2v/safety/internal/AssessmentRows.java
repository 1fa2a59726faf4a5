package org.openv2v.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.MappedQuerySpec;
import org.springframework.stereotype.Repository;

/** Graded assessments of a case: CRS, ICANS, ICE and blood counts over time. */
@Repository
@RequiredArgsConstructor
public class AssessmentRows {

  private final JdbcClient jdbc;

  /** One assessment as stored. */
  public record Row(
      UUID id,
      UUID caseId,
      String kind,
      Instant assessedAt,
      Optional<Integer> grade,
      Optional<Integer> score,
      String findings,
      List<String> reasons,
      List<String> suggestedManagement,
      Instant recordedAt,
      String recordedBy,
      Optional<Instant> confirmedAt,
      Optional<String> confirmedBy) {}

  public void insert(Row row) {
    jdbc.sql(
            """
            insert into safety.assessment (id, case_id, kind, assessed_at, grade, score, findings,
                reasons, suggested_management, recorded_at, recorded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            row.id(),
            row.caseId(),
            row.kind(),
            Timestamp.from(row.assessedAt()),
            row.grade().orElse(null),
            row.score().orElse(null),
            row.findings(),
            row.reasons().toArray(String[]::new),
            row.suggestedManagement().toArray(String[]::new),
            Timestamp.from(row.recordedAt()),
            row.recordedBy())
        .update();
  }

  public boolean confirm(UUID id, Instant at, String by) {
    return SignOff.once(jdbc, "safety.assessment", "confirmed", id, at, by);
  }

  public Optional<Row> find(UUID id) {
    return assessmentsWhere("id = ?", id).optional();
  }

  public List<Row> ofCase(UUID caseId) {
    return assessmentsWhere("case_id = ?", caseId).list();
  }

  /** Assessments are read with one select and one row mapper; a query names its condition. */
  private MappedQuerySpec<Row> assessmentsWhere(String condition, Object param) {
    return jdbc.sql(
            "select id, case_id, kind, assessed_at, grade, score, findings, reasons,"
                + " suggested_management, recorded_at, recorded_by, confirmed_at, confirmed_by"
                + " from safety.assessment where "
                + condition
                + " order by assessed_at, recorded_at, id")
        .param(param)
        .query(AssessmentRows::row);
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getObject("case_id", UUID.class),
        rs.getString("kind"),
        rs.getTimestamp("assessed_at").toInstant(),
        Optional.ofNullable((Integer) rs.getObject("grade")),
        Optional.ofNullable((Integer) rs.getObject("score")),
        rs.getString("findings"),
        Arrays.asList((String[]) rs.getArray("reasons").getArray()),
        Arrays.asList((String[]) rs.getArray("suggested_management").getArray()),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"),
        Optional.ofNullable(rs.getTimestamp("confirmed_at")).map(Timestamp::toInstant),
        Optional.ofNullable(rs.getString("confirmed_by")));
  }
}
