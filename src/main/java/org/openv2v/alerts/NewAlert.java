package org.openv2v.alerts;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An alert to raise. People working at any of {@code siteIds} see it, and quality (auditors) see
 * every alert. The message goes to manufacturers and couriers too, so it names identifiers, never
 * patients. {@code key} is the raiser's name for the situation, so raising it twice is harmless.
 */
public record NewAlert(
    AlertKind kind,
    Severity severity,
    Optional<UUID> caseId,
    Set<String> siteIds,
    String message,
    String key) {

  public NewAlert {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(caseId, "caseId");
    siteIds = Set.copyOf(siteIds);
    if (siteIds.isEmpty()) {
      throw new IllegalArgumentException("An alert needs at least one site to go to");
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("An alert needs a message");
    }
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("An alert needs a key");
    }
  }
}
