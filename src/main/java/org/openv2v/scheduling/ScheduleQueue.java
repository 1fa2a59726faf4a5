package org.openv2v.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The queue for collection and manufacturing as it stands: the active bookings (collection day and
 * slot) and the cases on the waitlist with their priority, for models of the queue (the forecast).
 */
public record ScheduleQueue(List<Booked> booked, List<Waiting> waiting) {

  public ScheduleQueue {
    booked = List.copyOf(booked);
    waiting = List.copyOf(waiting);
  }

  /** An active booking: the case's collection day and its manufacturing slot. */
  public record Booked(UUID caseId, LocalDate apheresisDate, UUID slotId) {}

  /** A case waiting for capacity; higher priority first, then the earliest listed. */
  public record Waiting(
      UUID caseId, double priority, Instant listedAt, LocalDate earliestApheresis) {}
}
