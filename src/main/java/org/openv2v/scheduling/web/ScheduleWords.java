package org.openv2v.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * Dates and site names as the booking panel writes them, in the reader's language; {@code times}
 * carries the network's zone (as {@link org.openv2v.web.PageDates#dateTimeFormatter} makes it).
 */
record ScheduleWords(
    DateTimeFormatter dates, DateTimeFormatter times, Function<String, String> sites) {

  public String date(LocalDate date) {
    return date == null ? "—" : dates.format(date);
  }

  public String time(Instant instant) {
    return instant == null ? "—" : times.format(instant);
  }

  public String site(String id) {
    return id == null || id.isEmpty() ? "—" : sites.apply(id);
  }
}
