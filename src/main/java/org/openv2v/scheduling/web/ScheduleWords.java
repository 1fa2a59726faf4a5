package org.openv2v.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** Dates and site names as the booking panel writes them, in the reader's language. */
record ScheduleWords(
    DateTimeFormatter dates, DateTimeFormatter times, ZoneId zone, Function<String, String> sites) {

  public String date(LocalDate date) {
    return date == null ? "—" : dates.format(date);
  }

  public String time(Instant instant) {
    return instant == null ? "—" : times.format(instant.atZone(zone));
  }

  public String site(String id) {
    return id == null || id.isEmpty() ? "—" : sites.apply(id);
  }
}
