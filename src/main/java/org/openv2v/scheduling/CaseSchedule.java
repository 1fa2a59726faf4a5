package org.openv2v.scheduling;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A case's place in the schedule: its booking, earlier bookings, waitlist entry, failures. */
public record CaseSchedule(
    UUID caseId,
    Optional<BookingView> booking,
    List<BookingView> earlierBookings,
    Optional<WaitlistEntry> waitlist,
    List<FailurePathView> failures) {}
