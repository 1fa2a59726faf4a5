package org.openv2v.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A referral that opens a case. The apheresis site defaults to the treatment centre, and the
 * referral time to now.
 */
public record Referral(
    @NotNull @Valid Patient patient,
    @NotBlank String productCode,
    @NotBlank String indication,
    @NotBlank String treatmentCentreId,
    String apheresisSiteId,
    Instant referredAt) {}
