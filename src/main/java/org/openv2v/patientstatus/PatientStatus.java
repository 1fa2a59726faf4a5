package org.openv2v.patientstatus;

import java.time.Instant;
import java.util.Optional;
import org.openv2v.patientstatus.domain.CellsWhereabouts;

/**
 * What the status page shows: where the cells are, the hospital, the next appointment and the
 * window in which infusion is expected. Nothing clinical and no identifier of the patient.
 */
public record PatientStatus(
    CellsWhereabouts whereabouts,
    String hospitalName,
    Optional<Appointment> nextAppointment,
    Optional<String> appointmentSiteName,
    Instant updatedAt,
    Optional<ExpectedInfusion.Window> expectedInfusion) {

  /** Without an expected infusion window. */
  public PatientStatus(
      CellsWhereabouts whereabouts,
      String hospitalName,
      Optional<Appointment> nextAppointment,
      Optional<String> appointmentSiteName,
      Instant updatedAt) {
    this(
        whereabouts,
        hospitalName,
        nextAppointment,
        appointmentSiteName,
        updatedAt,
        Optional.empty());
  }
}
