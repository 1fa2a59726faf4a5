package org.openv2v.cases.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.shared.StoredTime;

/** A request to record an event. The client chooses the id, which makes retries safe. */
public record NewEvent(
    UUID eventId,
    CaseEventType type,
    Instant occurredAt,
    String siteId,
    Optional<String> note,
    Optional<String> reason) {

  public NewEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(siteId, "siteId");
    // The database keeps microseconds; a replayed request must compare equal to what was stored.
    occurredAt = StoredTime.of(occurredAt);
    note = note.filter(text -> !text.isBlank());
    reason = reason.filter(text -> !text.isBlank());
  }
}
