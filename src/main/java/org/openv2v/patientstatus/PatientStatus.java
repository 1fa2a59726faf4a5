package org.openv2v.patientstatus;

import java.time.Instant;
import java.util.Optional;
import org.openv2v.patientstatus.domain.CellsWhereabouts;

/**
 * What the status page shows: where the cells are, the hospital, and the next appointment. Nothing
 * clinical and no identifier of the patient.
 */
public record PatientStatus(
    CellsWhereabouts whereabouts,
    String hospitalName,
    Optional<Appointment> nextAppointment,
    Optional<String> appointmentSiteName,
    Instant updatedAt) {}
