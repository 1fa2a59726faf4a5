package org.openv2v.worklist;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A case as the home shows it: reference, DIN, the patient's name (empty for roles that may not see
 * it), product, state, the days since the case entered its state, and the expected infusion date
 * when a booking gives one.
 */
public record CaseCard(
    UUID id,
    String reference,
    String din,
    String patientName,
    boolean identityWithheld,
    String productCode,
    String productName,
    String state,
    long daysInStage,
    Optional<LocalDate> expectedInfusion) {

  public String href() {
    return "/cases/" + id;
  }
}
