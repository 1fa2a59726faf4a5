package org.openv2v.patientstatus;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A date the patient should keep, at the site where it happens. */
public record Appointment(UUID caseId, LocalDate date, AppointmentKind kind, String siteId) {

  public Appointment {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(date);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(siteId);
  }
}
