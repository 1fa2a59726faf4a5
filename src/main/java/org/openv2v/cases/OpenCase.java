package org.openv2v.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openv2v.cases.domain.CaseState;

/**
 * An open case before infusion as a planning model sees it: where it stands and since when, its
 * product, indication and sites, and no patient identity. {@code stateSince} is when the latest
 * event happened; {@code failures} counts its failed manufactures so far.
 */
public record OpenCase(
    UUID id,
    String reference,
    Optional<String> din,
    CaseState state,
    Instant stateSince,
    String productCode,
    String indication,
    String treatmentCentreId,
    String apheresisSiteId,
    String manufacturingSiteId,
    Optional<String> courierSiteId,
    int failures) {

  /** Every site that takes part in this case. */
  public Set<String> participants() {
    return CaseView.participantsOf(
        treatmentCentreId, apheresisSiteId, manufacturingSiteId, courierSiteId.orElse(null));
  }
}
