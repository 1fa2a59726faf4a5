package org.openv2v.scheduling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Apheresis chairs a collecting site keeps for CAR-T collections each working day. */
public record ChairCapacity(
    @NotBlank String siteId,
    @Min(0) @Max(50) int chairs,
    boolean weekends,
    @Size(max = 2000) String source) {

  public ChairCapacity {
    source = source == null ? "" : source;
  }
}
