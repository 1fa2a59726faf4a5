package org.openv2v.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of who read which patients' data. It joins the reader's transaction: if the audit
 * record cannot be written, the read fails too.
 */
@Service
@RequiredArgsConstructor
public class AuditTrail {

  private final JdbcClient jdbc;
  private final Clock clock;

  @Transactional(propagation = Propagation.MANDATORY)
  public void patientDataRead(
      Actor reader, String action, Collection<UUID> caseIds, boolean identityShown) {
    jdbc.sql(
            """
            insert into audit.patient_data_read (read_at, username, role, action, case_ids, identity_shown)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(
            Timestamp.from(clock.instant()),
            reader.username(),
            reader.role().name(),
            action,
            caseIds.toArray(UUID[]::new),
            identityShown)
        .update();
  }

  /** The reads of one case, or of all cases when none is named, newest first. */
  public List<PatientDataRead> reads(Optional<UUID> caseId, int limit) {
    String where = caseId.isPresent() ? " where ? = any(case_ids)" : "";
    var statement =
        jdbc.sql(
            "select id, read_at, username, role, action, case_ids, identity_shown"
                + " from audit.patient_data_read"
                + where
                + " order by id desc limit "
                + limit);
    if (caseId.isPresent()) {
      statement = statement.param(caseId.get());
    }
    return statement
        .query(
            (row, n) ->
                new PatientDataRead(
                    row.getLong("id"),
                    row.getTimestamp("read_at").toInstant(),
                    row.getString("username"),
                    row.getString("role"),
                    row.getString("action"),
                    List.of((UUID[]) row.getArray("case_ids").getArray()),
                    row.getBoolean("identity_shown")))
        .list();
  }
}
