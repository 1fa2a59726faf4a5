package org.openv2v.patientstatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Appointments that tests set per case, standing in for scheduling's and follow-up's. */
@Component
class KnownAppointments implements Appointments {

  static final Map<UUID, List<Appointment>> BY_CASE = new ConcurrentHashMap<>();

  @Override
  public List<Appointment> upcoming(UUID caseId, LocalDate from) {
    return BY_CASE.getOrDefault(caseId, List.of()).stream()
        .filter(appointment -> !appointment.date().isBefore(from))
        .toList();
  }
}
