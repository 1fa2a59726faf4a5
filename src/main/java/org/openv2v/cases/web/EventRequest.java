package org.openv2v.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.NewEvent;

/** The body of {@code POST /api/v1/cases/{id}/events}. */
record EventRequest(
    @NotNull UUID eventId,
    @NotNull CaseEventType type,
    @NotNull Instant occurredAt,
    @NotBlank String siteId,
    @Size(max = 2000) String note,
    String reason) {

  NewEvent toNewEvent() {
    return new NewEvent(
        eventId, type, occurredAt, siteId, Optional.ofNullable(note), Optional.ofNullable(reason));
  }
}
