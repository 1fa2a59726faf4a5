package org.openv2v.logistics;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.openv2v.logistics.domain.Leg;
import org.openv2v.logistics.domain.Packaging;

/**
 * A courier booked for one leg of a case.
 *
 * @param leg which way the cells travel
 * @param shipperId the courier's own id for the shipper (its tracking number)
 * @param loggerSerial the serial number of the data logger in the shipper
 * @param packaging the shipper, if not the leg's usual one (reference/cold-chain.json)
 * @param validatedHoldHours how long this shipper is validated to hold temperature, if known;
 *     otherwise the profile's
 * @param chargedAt when the dry shipper was charged with liquid nitrogen, if known; the hold time
 *     runs from there (else from the handover to the courier, else the first reading)
 */
public record NewShipment(
    Leg leg,
    String shipperId,
    String loggerSerial,
    Optional<Packaging> packaging,
    Optional<Integer> validatedHoldHours,
    Optional<Instant> chargedAt) {

  public NewShipment {
    Objects.requireNonNull(leg);
    Objects.requireNonNull(shipperId);
    Objects.requireNonNull(loggerSerial);
    Objects.requireNonNull(packaging);
    Objects.requireNonNull(validatedHoldHours);
    Objects.requireNonNull(chargedAt);
  }
}
