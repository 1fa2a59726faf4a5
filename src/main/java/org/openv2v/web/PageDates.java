package org.openv2v.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as every page prints them: in the network's zone ({@code openv2v.zone}) and the
 * reader's language, with the patterns of the bundles ({@code format.date}, {@code
 * format.dateTime}): {@code 3 Dec 2026, 14:05} or {@code 2026년 12월 3일 14:05}, never UTC, an offset
 * or fractions of a second. Templates call it as {@code ${@dates.dateTime(x)}}.
 */
@Component("dates")
@RequiredArgsConstructor
public class PageDates {

  private final MessageSource messages;
  private final ZoneId zone;

  /** The day, such as {@code 3 Dec 2026}; a blank for nothing. */
  public String date(Object when) {
    return format(when, "format.date");
  }

  /** The day and the time of day to the minute, such as {@code 3 Dec 2026, 14:05}. */
  public String dateTime(Object when) {
    return format(when, "format.dateTime");
  }

  /** The day and month without the year, such as {@code 3 Dec}, for calendars of a few weeks. */
  public String dayAndMonth(Object when) {
    return format(when, "format.dayMonth");
  }

  /** The day pattern ({@code format.date}) in a language, for a page that formats many days. */
  public DateTimeFormatter dateFormatter(Locale locale) {
    return pattern("format.date", locale);
  }

  /** The day-and-time pattern ({@code format.dateTime}) in a language, in the network's zone. */
  public DateTimeFormatter dateTimeFormatter(Locale locale) {
    return pattern("format.dateTime", locale).withZone(zone);
  }

  /**
   * The network's zone as people name it, in the reader's language: {@code Korean Time} or {@code
   * 대한민국 시간}, never the raw id {@code Asia/Seoul}. The generic name (not "standard time") stays
   * true all year in a zone with summer time.
   */
  public String zoneName() {
    return zone.getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale());
  }

  private String format(Object when, String patternKey) {
    if (when == null) {
      return "";
    }
    if (when instanceof Optional<?> optional) {
      return optional.map(value -> format(value, patternKey)).orElse("");
    }
    Locale locale = LocaleContextHolder.getLocale();
    DateTimeFormatter formatter = pattern(patternKey, locale);
    TemporalAccessor value = inZone(when);
    if (value instanceof LocalDate day && !"format.date".equals(patternKey)) {
      if ("format.dayMonth".equals(patternKey)) {
        return formatter.format(day);
      }
      return date(day);
    }
    return formatter.format(value);
  }

  /** A pattern of the bundles ({@code format.*}) in a language. */
  private DateTimeFormatter pattern(String key, Locale locale) {
    return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
  }

  private TemporalAccessor inZone(Object when) {
    if (when instanceof Instant instant) {
      return instant.atZone(zone);
    }
    if (when instanceof OffsetDateTime offset) {
      return offset.atZoneSameInstant(zone);
    }
    if (when instanceof ZonedDateTime zoned) {
      return zoned.withZoneSameInstant(zone);
    }
    if (when instanceof LocalDateTime || when instanceof LocalDate) {
      return (TemporalAccessor) when;
    }
    if (when instanceof String text) {
      return parse(text);
    }
    throw new IllegalArgumentException("not a date or time: " + when.getClass());
  }

  /** A date or timestamp written as ISO 8601 text, as some views carry it. */
  private TemporalAccessor parse(String text) {
    if (text.length() == 10) {
      return LocalDate.parse(text);
    }
    return OffsetDateTime.parse(text).atZoneSameInstant(zone);
  }
}
