package org.openv2v.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.shared.StoredTime;

/**
 * An excursion the platform found in a shipment's logger data, to record on the case's chain of
 * custody ({@link Custody#observe}). Nobody signs it: it is a finding, not a handling.
 *
 * @param observationId chosen by the caller, the same for the same finding, so that recording it
 *     again stores nothing
 * @param caseId the case
 * @param siteId where the shipment was going: one of the case's sites
 * @param startedAt when the excursion started, by the logger's clock
 * @param peakCelsius the reading farthest out of range, if it was a temperature
 * @param note what was found, naming the shipment and no patient (at most 2000 characters)
 */
public record ObservedExcursion(
    UUID observationId,
    UUID caseId,
    String siteId,
    Instant startedAt,
    Optional<BigDecimal> peakCelsius,
    String note) {

  public ObservedExcursion {
    Objects.requireNonNull(observationId);
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(siteId);
    startedAt = StoredTime.of(startedAt);
    Objects.requireNonNull(peakCelsius);
    if (note == null || note.isBlank() || note.length() > 2000) {
      throw new IllegalArgumentException("note must be 1 to 2000 characters");
    }
  }
}
