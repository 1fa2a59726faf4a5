package org.openv2v.forecast.domain;

import java.util.UUID;
import org.openv2v.cases.domain.CaseState;

/**
 * One open case as it stands now, in days relative to now: its state and how long it has been in
 * it, its waiting hazards per day, the queue it uses (a facility and product), and its booking or
 * waitlist place.
 *
 * @param bookedApheresisDay days from now to the booked collection, or NaN without a booking
 * @param bookedWeek index of the booked slot's week in its queue, or -1
 * @param priority waitlist priority (higher first); cases not listed take the default
 * @param listedDay when it was listed (days from now, negative), the tie-break after priority
 * @param earliestDay the earliest collection day (days from now)
 */
public record QueuedCase(
    UUID id,
    CaseState state,
    double daysInState,
    Hazards hazards,
    String queue,
    double bookedApheresisDay,
    int bookedWeek,
    double priority,
    double listedDay,
    double earliestDay) {

  /** Progression and death per day, both multiplied by {@code afterApheresis} once collected. */
  public record Hazards(double progressionPerDay, double deathPerDay, double afterApheresis) {
    public double total() {
      return progressionPerDay + deathPerDay;
    }
  }

  public boolean booked() {
    return bookedWeek >= 0;
  }
}
