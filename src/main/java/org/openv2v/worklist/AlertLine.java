package org.openv2v.worklist;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.alerts.AlertWording;

/**
 * An open alert at the reader's sites, raised at a time in the network's zone, with the case it
 * concerns when it concerns one.
 */
public record AlertLine(
    UUID id,
    String kind,
    String severity,
    String message,
    ZonedDateTime raisedAt,
    Optional<UUID> caseId,
    Optional<String> caseReference,
    Optional<AlertWording> wording) {}
