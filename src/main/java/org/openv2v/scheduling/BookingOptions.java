package org.openv2v.scheduling;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The options for a case; when there are none, the case is on the waitlist. */
public record BookingOptions(
    UUID caseId,
    List<BookingOption> options,
    boolean waitlisted,
    Optional<WaitlistEntry> waitlist) {}
