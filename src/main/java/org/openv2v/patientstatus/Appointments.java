package org.openv2v.patientstatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A source of a case's coming appointments. The modules that book them (scheduling, the follow-up
 * schedule) provide beans of this type; the status page shows the earliest from any of them.
 */
public interface Appointments {

  /** Appointments of the case on or after {@code from}. */
  List<Appointment> upcoming(UUID caseId, LocalDate from);
}
