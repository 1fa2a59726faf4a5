package org.openv2v.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates and times as the pages show them: in the network's time zone, with the month spelt out so
 * that 03/04 is never read two ways.
 */
record Formats(ZoneId zone, LocalDate today) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  String date(Instant instant) {
    return instant == null ? null : DATE.format(instant.atZone(zone));
  }

  String date(LocalDate date) {
    return date == null ? null : DATE.format(date);
  }

  String dateTime(Instant instant) {
    return instant == null ? null : DATE_TIME.format(instant.atZone(zone));
  }

  /** ISO 8601 with offset, for the machine-readable side of a {@code <time>} element. */
  String iso(Instant instant) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime().toString();
  }

  /** Calendar days from the instant's date to today, both in the network's zone. */
  long daysSince(Instant instant) {
    return ChronoUnit.DAYS.between(instant.atZone(zone).toLocalDate(), today);
  }
}
