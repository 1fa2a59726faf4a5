package org.openv2v.scheduling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.openv2v.scheduling.domain.DiseaseTempo;

/**
 * What the coordinator knows about the patient when asking for options: days the patient cannot
 * come, days of washout after bridging therapy before collection, and how fast the disease moves
 * (the waitlist priority if no option exists; INTERMEDIATE when not given).
 */
public record OptionsRequest(
    @Size(max = 366) Set<LocalDate> unavailableDates,
    @Min(0) @Max(90) Integer bridgingWashoutDays,
    DiseaseTempo diseaseTempo) {

  public OptionsRequest {
    unavailableDates = unavailableDates == null ? Set.of() : Set.copyOf(unavailableDates);
  }

  public static OptionsRequest none() {
    return new OptionsRequest(Set.of(), 0, DiseaseTempo.INTERMEDIATE);
  }

  public int washoutDays() {
    return Optional.ofNullable(bridgingWashoutDays).orElse(0);
  }

  public DiseaseTempo tempo() {
    return Optional.ofNullable(diseaseTempo).orElse(DiseaseTempo.INTERMEDIATE);
  }
}
