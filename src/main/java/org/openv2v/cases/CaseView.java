package org.openv2v.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    Milestones milestones) {
  /** Every site that takes part in this case; their staff may see it. */
  public Set<String> participants() {
    return participantsOf(treatmentCentreId, apheresisSiteId, manufacturingSiteId, courierSiteId);
  }

  /** The sites named, without the absent ones: one rule for views and stored cases alike. */
  public static Set<String> participantsOf(String... siteIds) {
    return Stream.of(siteIds).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Notes are free text, and clinical staff may write a patient's name in them: a viewer who may
   * not see identity does not get notes written at the clinical sites (centre and apheresis).
   */
  public boolean withholdsNotesWrittenAt(String siteId) {
    return identityRedacted && (siteId.equals(treatmentCentreId) || siteId.equals(apheresisSiteId));
  }
}
