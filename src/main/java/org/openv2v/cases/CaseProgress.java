package org.openv2v.cases;

import java.time.Instant;
import java.util.UUID;
import org.openv2v.cases.domain.CaseState;

/**
 * Where a case stands, with nothing that identifies the patient: for the patient's own status page
 * and for modules that plan around a case without reading its record.
 */
public record CaseProgress(
    UUID caseId,
    CaseState state,
    Instant updatedAt,
    String productCode,
    String treatmentCentreId,
    String apheresisSiteId) {}
