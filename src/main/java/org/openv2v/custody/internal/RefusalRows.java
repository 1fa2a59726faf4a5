package org.openv2v.custody.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only {@code custody.refusal} table: scanned units refused, and why. */
@Repository
@RequiredArgsConstructor
public class RefusalRows {

  private final JdbcClient jdbc;

  /** One refusal: when, which case and event, who scanned what where, and why it was refused. */
  public record StoredRefusal(
      Instant refusedAt,
      UUID caseId,
      UUID eventId,
      String step,
      String siteId,
      String username,
      String role,
      List<String> scanned,
      String reason) {}

  public void append(StoredRefusal refusal) {
    jdbc.sql(
            """
            insert into custody.refusal (refused_at, case_id, event_id, step, site_id, username,
                role, scanned, reason)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            Timestamp.from(refusal.refusedAt()),
            refusal.caseId(),
            refusal.eventId(),
            refusal.step(),
            refusal.siteId(),
            refusal.username(),
            refusal.role(),
            refusal.scanned().toArray(String[]::new),
            refusal.reason())
        .update();
  }

  /** The refusals on one case, oldest first. */
  public List<StoredRefusal> ofCase(UUID caseId) {
    return jdbc.sql(
            """
            select refused_at, case_id, event_id, step, site_id, username, role, scanned, reason
            from custody.refusal where case_id = ? order by id
            """)
        .param(caseId)
        .query(
            (row, n) ->
                new StoredRefusal(
                    row.getTimestamp("refused_at").toInstant(),
                    row.getObject("case_id", UUID.class),
                    row.getObject("event_id", UUID.class),
                    row.getString("step"),
                    row.getString("site_id"),
                    row.getString("username"),
                    row.getString("role"),
                    List.of((String[]) row.getArray("scanned").getArray()),
                    row.getString("reason")))
        .list();
  }
}
