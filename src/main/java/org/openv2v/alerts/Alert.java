package org.openv2v.alerts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A raised alert, open until someone at one of its sites acknowledges it. */
public record Alert(
    UUID id,
    AlertKind kind,
    Severity severity,
    Optional<UUID> caseId,
    Set<String> siteIds,
    String message,
    Instant raisedAt,
    Optional<String> acknowledgedBy,
    Optional<Instant> acknowledgedAt,
    @JsonIgnore Optional<AlertWording> wording) {

  public boolean open() {
    return acknowledgedAt.isEmpty();
  }
}
