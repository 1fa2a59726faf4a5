package org.openv2v.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openv2v.scheduling.domain.DiseaseTempo;

/** A case waiting for capacity, with its clinical priority. */
public record WaitlistEntry(
    UUID caseId,
    String productCode,
    String apheresisSiteId,
    DiseaseTempo tempo,
    double priority,
    Instant listedAt,
    LocalDate earliestApheresis,
    String status) {}
