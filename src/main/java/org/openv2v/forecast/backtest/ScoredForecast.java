package org.openv2v.forecast.backtest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One forecast a past day's refresh would have made, beside what happened: its chance of reaching
 * infusion and of infusion within the scored window, its p10–p90 dates, and the recorded outcome
 * (empty where it is not known yet).
 */
public record ScoredForecast(
    LocalDate asOf,
    UUID caseId,
    double probabilityInfused,
    double probabilityWithin,
    Optional<LocalDate> p10,
    Optional<LocalDate> p90,
    Optional<Boolean> reachedInfusion,
    Optional<Boolean> infusedWithin,
    Optional<LocalDate> infusedOn) {

  /** Infused on a day within its p10–p90 dates (both ends included); empty if not infused. */
  public Optional<Boolean> covered() {
    if (infusedOn.isEmpty()) {
      return Optional.empty();
    }
    if (p10.isEmpty() || p90.isEmpty()) {
      return Optional.of(false); // infused, though no replication of the forecast was
    }
    LocalDate day = infusedOn.get();
    return Optional.of(!day.isBefore(p10.get()) && !day.isAfter(p90.get()));
  }
}
