package org.openv2v.scheduling.domain.plan;

import java.time.LocalDate;

/**
 * A facility's manufacturing slots for one product in one week, as far as the planner may use them:
 * {@code capacity} is what is still free after the bookings already made. Cells must arrive at the
 * facility during the week (Monday {@code weekStart} to Sunday).
 */
public record PlanSlot(
    String id,
    String facilityId,
    String productCode,
    LocalDate weekStart,
    int capacity,
    int manufacturingDays) {

  public LocalDate weekEnd() {
    return weekStart.plusDays(6);
  }

  public boolean takesArrivalOn(LocalDate day) {
    return !day.isBefore(weekStart) && !day.isAfter(weekEnd());
  }
}
