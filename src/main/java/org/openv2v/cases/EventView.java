package org.openv2v.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.cases.domain.CaseEvent;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;

/** One event of a case's history; {@code state} is the state the event led to. */
public record EventView(
    UUID caseId,
    UUID eventId,
    int sequence,
    CaseEventType type,
    Optional<CaseState> previousState,
    CaseState state,
    Instant occurredAt,
    Instant recordedAt,
    String actor,
    String siteId,
    Optional<String> note,
    Optional<String> reason) {

  EventView withNote(Optional<String> replacement) {
    return new EventView(
        caseId,
        eventId,
        sequence,
        type,
        previousState,
        state,
        occurredAt,
        recordedAt,
        actor,
        siteId,
        replacement,
        reason);
  }

  static EventView of(UUID caseId, CaseEvent event) {
    return new EventView(
        caseId,
        event.eventId(),
        event.sequence(),
        event.type(),
        event.from(),
        event.to(),
        event.occurredAt(),
        event.recordedAt(),
        event.actor(),
        event.siteId(),
        event.note(),
        event.reason());
  }
}
