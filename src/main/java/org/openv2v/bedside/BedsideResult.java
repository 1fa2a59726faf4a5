package org.openv2v.bedside;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.bedside.domain.MismatchReason;
import org.openv2v.bedside.domain.Verdict;

/** The answer at the bedside, with what was computed and why. */
public record BedsideResult(
    UUID verificationId,
    UUID caseId,
    Verdict result,
    List<Reason> reasons,
    Instant verifiedAt,
    String firstVerifier,
    String secondVerifier,
    Optional<Instant> thawedAt,
    Optional<Instant> infuseBefore) {

  /** One reason for a mismatch: a code for machines and a sentence for people. */
  public record Reason(MismatchReason code, String explanation) {
    static Reason of(MismatchReason reason) {
      return new Reason(reason, reason.explanation());
    }
  }
}
