package org.openv2v.cases;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.cases.domain.Milestones;

/**
 * A case as the API and the pages show it to one caller. {@code din} is its chain-of-identity
 * number, the 13-character ISBT 128 DIN that every bag and sample of the case carries. {@code
 * lastEventAt} is when the latest event happened; {@code updatedAt} is when the case was last
 * written.
 */
public record CaseView(
    UUID id,
    String reference,
    String din,
    CaseState state,
    PatientView patient,
    boolean identityRedacted,
    String productCode,
    String indication,
    String treatmentCentreId,
    String apheresisSiteId,
    String manufacturingSiteId,
    String courierSiteId,
    Instant referredAt,
    Instant lastEventAt,
    Instant updatedAt,
    Set<CaseEventType> allowedEvents,
    Milestones milestones) {}
