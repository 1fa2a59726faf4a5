package org.openv2v.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.scheduling.domain.OptionId;

/**
 * A booking with the dates promised when it was made and the dates expected now; {@code slipDays}
 * is how many days later the earliest infusion now is than promised.
 */
public record BookingView(
    UUID id,
    UUID caseId,
    String status,
    String apheresisSiteId,
    LocalDate apheresisDate,
    SlotView manufacturingSlot,
    LocalDate promisedReleaseDate,
    LocalDate promisedArrivalDate,
    LocalDate promisedInfusionDate,
    LocalDate expectedReleaseDate,
    LocalDate expectedArrivalDate,
    LocalDate earliestInfusionDate,
    int slipDays,
    String bookedBy,
    Instant bookedAt,
    Optional<Instant> endedAt,
    Optional<String> endReason) {

  /**
   * Whether this booking is the one the option describes (same chair's site and day, same slot).
   */
  public boolean isFor(String optionId) {
    return OptionId.parse(optionId)
        .map(
            option ->
                option.apheresisSiteId().equals(apheresisSiteId)
                    && option.apheresisDate().equals(apheresisDate)
                    && option.slotId().equals(manufacturingSlot.id()))
        .orElse(false);
  }
}
