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
    String key,
    Optional<AlertWording> wording) {

  /** An alert with its English message only: pages show that message as it is. */
  public NewAlert(
      AlertKind kind,
      Severity severity,
      Optional<UUID> caseId,
      Set<String> siteIds,
      String message,
      String key) {
    this(kind, severity, caseId, siteIds, message, key, Optional.empty());
  }

  /** The same alert, with words for the pages in every language. */
  public NewAlert worded(String messageKey, String... arguments) {
    return new NewAlert(
        kind,
        severity,
        caseId,
        siteIds,
        message,
        key,
        Optional.of(AlertWording.of(messageKey, arguments)));
  }

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
    wording = wording == null ? Optional.empty() : wording;
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("An alert needs a key");
    }
  }
}
