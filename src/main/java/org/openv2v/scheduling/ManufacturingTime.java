package org.openv2v.scheduling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Days from the cells' arrival at the facility to the product's release, as published. */
public record ManufacturingTime(
    @NotBlank String facilityId,
    @NotBlank String productCode,
    @Min(1) @Max(120) int manufacturingDays,
    @Size(max = 2000) String source) {

  public ManufacturingTime {
    source = source == null ? "" : source;
  }
}
