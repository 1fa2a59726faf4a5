package org.openv2v.cases.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A recorded fact in a case's history: when it happened, when it was recorded, by whom and where,
 * and the states before and after it. {@code from} is empty only for the referral that opened it.
 */
public record CaseEvent(
    UUID eventId,
    int sequence,
    CaseEventType type,
    Optional<CaseState> from,
    CaseState to,
    Instant occurredAt,
    Instant recordedAt,
    String actor,
    String siteId,
    Optional<String> note,
    Optional<String> reason) {

  /** Whether this event says the same as a new request: the test for a replayed event id. */
  public boolean matches(NewEvent request) {
    return type == request.type()
        && occurredAt.equals(request.occurredAt())
        && siteId.equals(request.siteId())
        && note.equals(request.note())
        && reason.equals(request.reason());
  }
}
