package org.openv2v.safety.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only {@code safety.lymphodepletion} records; the latest one is the current course. */
@Repository
@RequiredArgsConstructor
public class LymphodepletionRows {

  private final JdbcClient jdbc;

  /** One recorded course of lymphodepleting chemotherapy. */
  public record Row(
      UUID id,
      UUID caseId,
      String productCode,
      String indication,
      String treatmentCentreId,
      LocalDate startedOn,
      Optional<LocalDate> finishedOn,
      Optional<String> note,
      Instant recordedAt,
      String recordedBy) {}

  public void insert(Row row) {
    jdbc.sql(
            """
            insert into safety.lymphodepletion (id, case_id, product_code, indication,
                treatment_centre_id, started_on, finished_on, note, recorded_at, recorded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            row.id(),
            row.caseId(),
            row.productCode(),
            row.indication(),
            row.treatmentCentreId(),
            row.startedOn(),
            row.finishedOn().orElse(null),
            row.note().orElse(null),
            Timestamp.from(row.recordedAt()),
            row.recordedBy())
        .update();
  }

  public List<Row> of(UUID caseId) {
    return jdbc.sql(
            """
            select id, case_id, product_code, indication, treatment_centre_id, started_on,
                   finished_on, note, recorded_at, recorded_by
            from safety.lymphodepletion where case_id = ? order by recorded_at, id
            """)
        .param(caseId)
        .query(
            (rs, n) ->
                new Row(
                    rs.getObject("id", UUID.class),
                    rs.getObject("case_id", UUID.class),
                    rs.getString("product_code"),
                    rs.getString("indication"),
                    rs.getString("treatment_centre_id"),
                    rs.getObject("started_on", LocalDate.class),
                    Optional.ofNullable(rs.getObject("finished_on", LocalDate.class)),
                    Optional.ofNullable(rs.getString("note")),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("recorded_by")))
        .list();
  }

  public Optional<Row> latest(UUID caseId) {
    List<Row> rows = of(caseId);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
  }
}
