package org.openv2v.scheduling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Slots a manufacturer publishes: how many patients' cells it takes in for a product that week. */
public record SlotCapacity(
    @NotBlank String facilityId,
    @NotBlank String productCode,
    @NotNull LocalDate weekStart,
    @Min(0) @Max(1000) int capacity,
    @Size(max = 2000) String source) {

  public SlotCapacity {
    source = source == null ? "" : source;
  }
}
