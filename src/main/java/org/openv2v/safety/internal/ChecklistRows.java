package org.openv2v.safety.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The physician's pre-infusion attestations, append-only; the latest one counts. */
@Repository
@RequiredArgsConstructor
public class ChecklistRows {

  private final JdbcClient jdbc;

  /** One signature of the checklist. */
  public record Signature(
      UUID id,
      UUID caseId,
      boolean noActiveInfection,
      boolean organFunctionAdequate,
      boolean noNewContraindications,
      Optional<String> note,
      Instant signedAt,
      String signedBy) {}

  public void insert(Signature signature) {
    jdbc.sql(
            """
            insert into safety.checklist_signature (id, case_id, no_active_infection,
                organ_function_adequate, no_new_contraindications, note, signed_at, signed_by)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            signature.id(),
            signature.caseId(),
            signature.noActiveInfection(),
            signature.organFunctionAdequate(),
            signature.noNewContraindications(),
            signature.note().orElse(null),
            Timestamp.from(signature.signedAt()),
            signature.signedBy())
        .update();
  }

  public Optional<Signature> latest(UUID caseId) {
    return jdbc.sql(
            """
            select id, case_id, no_active_infection, organ_function_adequate,
                   no_new_contraindications, note, signed_at, signed_by
            from safety.checklist_signature where case_id = ?
            order by signed_at desc, id desc limit 1
            """)
        .param(caseId)
        .query(
            (rs, n) ->
                new Signature(
                    rs.getObject("id", UUID.class),
                    rs.getObject("case_id", UUID.class),
                    rs.getBoolean("no_active_infection"),
                    rs.getBoolean("organ_function_adequate"),
                    rs.getBoolean("no_new_contraindications"),
                    Optional.ofNullable(rs.getString("note")),
                    rs.getTimestamp("signed_at").toInstant(),
                    rs.getString("signed_by")))
        .optional();
  }
}
