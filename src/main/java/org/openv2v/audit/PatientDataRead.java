package org.openv2v.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One audited read: who, when, what kind of read, which cases, and whether identity was shown. */
public record PatientDataRead(
    long id,
    Instant readAt,
    String username,
    String role,
    String action,
    List<UUID> caseIds,
    boolean identityShown) {}
