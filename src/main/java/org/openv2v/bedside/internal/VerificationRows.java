package org.openv2v.bedside.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.bedside.domain.MismatchReason;
import org.openv2v.bedside.domain.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only {@code bedside.verification} table. */
@Repository
@RequiredArgsConstructor
public class VerificationRows {

  private final JdbcClient jdbc;

  /** One verification as stored. */
  public record Row(
      UUID id,
      UUID caseId,
      Instant verifiedAt,
      String firstVerifier,
      String secondVerifier,
      boolean secondConfirmed,
      String wristband,
      String bag,
      Verdict result,
      List<MismatchReason> reasons,
      Optional<Instant> thawedAt) {}

  public void insert(Row row) {
    jdbc.sql(
            """
            insert into bedside.verification (id, case_id, verified_at, first_verifier,
                second_verifier, second_confirmed, wristband, bag, result, reasons, thawed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            row.id(),
            row.caseId(),
            Timestamp.from(row.verifiedAt()),
            row.firstVerifier(),
            row.secondVerifier(),
            row.secondConfirmed(),
            row.wristband(),
            row.bag(),
            row.result().name(),
            row.reasons().stream().map(Enum::name).toArray(String[]::new),
            row.thawedAt().map(Timestamp::from).orElse(null))
        .update();
  }

  /** When the latest MATCH of the case was recorded, if there was one. */
  public Optional<Instant> latestMatch(UUID caseId) {
    return jdbc.sql(
            "select max(verified_at) from bedside.verification where case_id = ? and result = 'MATCH'")
        .param(caseId)
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant);
  }
}
