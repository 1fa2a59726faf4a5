package org.openv2v.worklist;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A case as the home shows it: reference, DIN, the patient's name (empty for roles that may not see
 * it), product, state, the days since the case entered its state, and the expected infusion date
 * when a booking gives one, and the forecast's infusion window with its chance.
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
    Optional<LocalDate> expectedInfusion,
    Optional<Forecast> forecast) {

  /** The forecast's infusion window (10th to 90th percentile) and the chance in percent. */
  public record Forecast(LocalDate from, LocalDate to, long percent) {}

  public String href() {
    return "/cases/" + id;
  }
}
