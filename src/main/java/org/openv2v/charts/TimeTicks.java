package org.openv2v.charts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ticks on a time axis: four to seven, on whole minutes, hours, days or months of the reader's
 * zone, written in the reader's language ("3 Mar 06:00", "3월 3일 06:00").
 */
final class TimeTicks {

  private static final List<Duration> STEPS =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(10),
          Duration.ofMinutes(15),
          Duration.ofMinutes(30),
          Duration.ofHours(1),
          Duration.ofHours(2),
          Duration.ofHours(3),
          Duration.ofHours(6),
          Duration.ofHours(12),
          Duration.ofDays(1),
          Duration.ofDays(2),
          Duration.ofDays(7),
          Duration.ofDays(14));

  private TimeTicks() {}

  /** A time and its label. */
  record Tick(Instant at, String label) {}

  static List<Tick> between(Instant first, Instant last, ZoneId zone, Locale locale) {
    Duration span = Duration.between(first, last);
    Duration step = STEPS.stream().filter(s -> span.dividedBy(s) <= 6).findFirst().orElse(null);
    List<Tick> ticks = new ArrayList<>();
    if (step == null) {
      // Months or more: the first of each k-th month.
      long months = Math.max(1, span.toDays() / 30 / 6 + 1);
      DateTimeFormatter format = pattern(locale, "yyyy년 M월", "MMM yyyy");
      ZonedDateTime at =
          first.atZone(zone).truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).plusMonths(1);
      for (int guard = 0; guard < 60 && !at.toInstant().isAfter(last); guard++) {
        ticks.add(new Tick(at.toInstant(), format.format(at)));
        at = at.plusMonths(months);
      }
      return ticks;
    }
    boolean days = step.compareTo(Duration.ofDays(1)) >= 0;
    DateTimeFormatter format =
        days ? pattern(locale, "M월 d일", "d MMM") : pattern(locale, "M월 d일 HH:mm", "d MMM HH:mm");
    DateTimeFormatter timeOnly = DateTimeFormatter.ofPattern("HH:mm", locale);
    DateTimeFormatter date = pattern(locale, "M월 d일", "d MMM");
    ZonedDateTime at =
        days
            ? first.atZone(zone).truncatedTo(ChronoUnit.DAYS)
            : first.atZone(zone).truncatedTo(ChronoUnit.HOURS);
    ZonedDateTime previous = null;
    for (int guard = 0; guard < 400 && !at.toInstant().isAfter(last); guard++) {
      if (!at.toInstant().isBefore(first) && aligned(at, step)) {
        // The date once per day; later ticks of the same day show the time only.
        boolean sameDay = previous != null && previous.toLocalDate().equals(at.toLocalDate());
        boolean midnight = at.toLocalTime().equals(LocalTime.MIDNIGHT);
        ticks.add(
            new Tick(at.toInstant(), (midnight ? date : sameDay ? timeOnly : format).format(at)));
        previous = at;
      }
      at =
          at.plus(
              days
                  ? Duration.ofDays(1)
                  : step.compareTo(Duration.ofHours(1)) < 0 ? step : Duration.ofHours(1));
    }
    return ticks;
  }

  /** Whether a candidate falls on a whole multiple of the step in local time. */
  private static boolean aligned(ZonedDateTime at, Duration step) {
    long minutes = step.toMinutes();
    if (minutes >= 24 * 60) {
      long days = minutes / (24 * 60);
      return days == 1 || at.toLocalDate().toEpochDay() % days == 0;
    }
    int ofDay = at.getHour() * 60 + at.getMinute();
    return ofDay % minutes == 0;
  }

  private static DateTimeFormatter pattern(Locale locale, String korean, String other) {
    return DateTimeFormatter.ofPattern("ko".equals(locale.getLanguage()) ? korean : other, locale);
  }
}
