package org.openv2v.logistics.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Optional;
import org.openv2v.logistics.NewShipment;
import org.openv2v.logistics.domain.Leg;
import org.openv2v.logistics.domain.Packaging;

/** The body of {@code POST /api/v1/cases/{id}/shipments}. */
record ShipmentRequest(
    @NotNull Leg leg,
    @NotNull
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}",
            message = "must be 1 to 64 letters, digits, '.', '_', '/' or '-'")
        String shipperId,
    @NotNull
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}",
            message = "must be 1 to 64 letters, digits, '.', '_', '/' or '-'")
        String loggerSerial,
    Packaging packaging,
    @Min(1) @Max(2400) Integer validatedHoldHours,
    Instant chargedAt) {

  NewShipment toNewShipment() {
    return new NewShipment(
        leg,
        shipperId,
        loggerSerial,
        Optional.ofNullable(packaging),
        Optional.ofNullable(validatedHoldHours),
        Optional.ofNullable(chargedAt));
  }
}
