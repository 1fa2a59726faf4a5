package org.openv2v.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Dates and times as the pages show them: in the network's time zone, with the month spelt out (or,
 * in Korean, the year, month and day marked: 2026년 3월 3일) so that 03/04 is never read two ways. The
 * patterns come from the message bundles ({@code format.date}, {@code format.dateTime}).
 */
record Formats(
    ZoneId zone,
    LocalDate today,
    DateTimeFormatter date,
    DateTimeFormatter dateTime,
    DateTimeFormatter dayMonth) {

  static Formats of(ZoneId zone, LocalDate today, PageWords labels) {
    return new Formats(
        zone,
        today,
        DateTimeFormatter.ofPattern(labels.get("format.date"), labels.locale()),
        DateTimeFormatter.ofPattern(labels.get("format.dateTime"), labels.locale()),
        DateTimeFormatter.ofPattern(labels.get("format.dayMonth"), labels.locale()));
  }

  String date(Instant instant) {
    return instant == null ? null : date.format(instant.atZone(zone));
  }

  String date(LocalDate day) {
    return day == null ? null : date.format(day);
  }

  /**
   * The day and month only ({@code 16 Oct}, {@code 10월 16일}): the journey's steps stand side by
   * side, and a full date under each ran into its neighbours on Korean pages.
   */
  String dayMonth(Instant instant) {
    return instant == null ? null : dayMonth.format(instant.atZone(zone));
  }

  String dateTime(Instant instant) {
    return instant == null ? null : dateTime.format(instant.atZone(zone));
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
