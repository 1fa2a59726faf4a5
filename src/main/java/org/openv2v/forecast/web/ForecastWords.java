package org.openv2v.forecast.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.openv2v.forecast.ForecastView;
import org.openv2v.forecast.domain.Risk;
import org.openv2v.web.PageDates;
import org.springframework.context.MessageSource;

/**
 * A forecast in the reader's words: dates in the network's zone and the reader's language, chances
 * as whole percentages, risks named (never the enum), the case's state named.
 */
public record ForecastWords(MessageSource messages, Locale locale, PageDates dates) {

  public String date(Optional<LocalDate> date) {
    return date.map(this::date).orElse("—");
  }

  public String date(LocalDate date) {
    return dates.dateFormatter(locale).format(date);
  }

  public String time(Instant instant) {
    return dates.dateTimeFormatter(locale).format(instant);
  }

  public String percent(double p) {
    return Math.round(p * 100) + "%";
  }

  public String risk(Risk risk) {
    return message("forecast.risk." + risk.name());
  }

  public String days(double days) {
    return message("forecast.days", Math.round(days));
  }

  /** "Expected between … and …" or why no date is given. */
  public String expected(ForecastView f) {
    if (f.p10().isEmpty()) {
      return message("forecast.noDate");
    }
    String from = date(f.p10());
    String to = date(f.p90());
    return from.equals(to) ? message("forecast.on", from) : message("forecast.between", from, to);
  }

  public String mostLikely(ForecastView f) {
    return f.p50().map(d -> message("forecast.mostLikely", date(d))).orElse("");
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
