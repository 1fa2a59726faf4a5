package org.openv2v.cases.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Patient;
import org.openv2v.cases.domain.CaseState;

/** A row of {@code cases.patient_case}: who the patient is and which sites take part. */
public record CaseRecord(
    UUID id,
    String reference,
    Optional<String> din,
    CaseState state,
    Patient patient,
    String productCode,
    String indication,
    String treatmentCentreId,
    String apheresisSiteId,
    String manufacturingSiteId,
    Optional<String> courierSiteId,
    Instant referredAt,
    Instant updatedAt) {

  /** Every site that takes part in this case; their staff may see it. */
  public Set<String> participants() {
    return CaseView.participantsOf(
        treatmentCentreId, apheresisSiteId, manufacturingSiteId, courierSiteId.orElse(null));
  }
}
