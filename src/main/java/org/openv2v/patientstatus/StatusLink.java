package org.openv2v.patientstatus;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A status link as the care team sees it: who issued it, whether it still opens, how it is used.
 */
public record StatusLink(
    UUID id,
    UUID caseId,
    String issuedBy,
    Instant issuedAt,
    Instant expiresAt,
    Optional<String> revokedBy,
    Optional<Instant> revokedAt,
    int viewCount,
    Optional<Instant> lastViewedAt) {

  public boolean opensAt(Instant now) {
    return revokedAt.isEmpty() && now.isBefore(expiresAt);
  }
}
