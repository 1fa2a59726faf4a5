package org.openv2v.scheduling;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What followed a manufacturing failure: PENDING until the team books a new collection
 * (REAPHERESIS), the physician accepts the out-of-specification product (OUT_OF_SPEC_ACCEPTED), or
 * the case is withdrawn. The re-apheresis option proposed at once is kept with it.
 */
public record FailurePathView(
    UUID id,
    UUID caseId,
    Instant failedAt,
    String path,
    Optional<BookingOption> proposedOption,
    Optional<Instant> resolvedAt) {}
