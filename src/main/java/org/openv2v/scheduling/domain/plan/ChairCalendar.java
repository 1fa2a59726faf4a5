package org.openv2v.scheduling.domain.plan;

import java.time.LocalDate;
import java.util.Map;

/**
 * Free apheresis chairs per collecting site and day. A day that is not listed has no free chair
 * (weekend, blackout day, or fully booked).
 */
public record ChairCalendar(Map<String, Map<LocalDate, Integer>> free) {

  public ChairCalendar {
    free = Map.copyOf(free);
  }

  public int freeChairs(String siteId, LocalDate day) {
    Map<LocalDate, Integer> days = free.get(siteId);
    return days == null ? 0 : days.getOrDefault(day, 0);
  }
}
