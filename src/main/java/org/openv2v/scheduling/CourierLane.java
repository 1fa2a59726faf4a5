package org.openv2v.scheduling;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openv2v.scheduling.domain.TransitDistribution;

/**
 * A courier lane between two sites and its transit time: FIXED days, or LOGNORMAL given by its
 * median and 90th percentile ({@code mu} and {@code sigma} are derived and shown for reference).
 */
public record CourierLane(
    @NotBlank String fromSiteId,
    @NotBlank String toSiteId,
    @NotNull TransitDistribution distribution,
    @DecimalMin("0.1") @DecimalMax("30") double medianDays,
    @DecimalMin("0.1") @DecimalMax("60") double p90Days,
    @Size(max = 2000) String source,
    Double mu,
    Double sigma) {

  public CourierLane {
    source = source == null ? "" : source;
  }
}
