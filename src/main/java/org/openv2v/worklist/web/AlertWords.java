package org.openv2v.worklist.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.openv2v.alerts.AlertWording;
import org.openv2v.network.Network;
import org.openv2v.web.PageDates;
import org.openv2v.worklist.AlertLine;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An alert in the reader's language ({@code ${@alertWords.of(a)}}): its key and tagged arguments
 * ({@link AlertWording}) become sentences with site names, dates in the network's zone, legs in
 * words and the case's reference. Alerts raised without words show their English message.
 */
@Component("alertWords")
@RequiredArgsConstructor
public class AlertWords {

  private final MessageSource messages;
  private final Network network;
  private final PageDates dates;

  public String of(AlertLine alert) {
    if (alert.wording().isEmpty()) {
      return alert.message();
    }
    Locale locale = LocaleContextHolder.getLocale();
    AlertWording wording = alert.wording().get();
    Object[] arguments =
        wording.arguments().stream()
            .map(argument -> word(argument, alert.caseReference().orElse("—"), locale))
            .toArray();
    return messages.getMessage(wording.key(), arguments, alert.message(), locale);
  }

  private Object word(String argument, String caseReference, Locale locale) {
    int colon = argument.indexOf(':');
    String tag = colon < 0 ? "text" : argument.substring(0, colon);
    String value = colon < 0 ? argument : argument.substring(colon + 1);
    return switch (tag) {
      case "site" -> network.site(value).map(site -> site.nameIn(locale)).orElse(value);
      case "date" -> dates.dateFormatter(locale).format(LocalDate.parse(value));
      case "instant" -> dates.dateTimeFormatter(locale).format(Instant.parse(value));
      case "code" -> messages.getMessage(value, null, value, locale);
      case "seconds" -> duration(Duration.ofSeconds(Long.parseLong(value)), locale);
      case "range" -> range(value, locale);
      case "case" -> caseReference;
      case "number" -> Long.parseLong(value);
      default -> value;
    };
  }

  /** 42 min, 3 h 5 min, 2 d 4 h; 42분, 3시간 5분, 2일 4시간. */
  private String duration(Duration d, Locale locale) {
    Object[] parts;
    String key;
    if (d.toDays() >= 1) {
      key = "alert.duration.days";
      parts = new Object[] {d.toDays(), d.toHoursPart()};
    } else if (d.toHours() >= 1) {
      key = "alert.duration.hours";
      parts = new Object[] {d.toHours(), d.toMinutesPart()};
    } else if (d.toMinutes() >= 1) {
      key = "alert.duration.minutes";
      parts = new Object[] {d.toMinutes(), d.toSecondsPart()};
    } else {
      key = "alert.duration.seconds";
      parts = new Object[] {d.toSeconds()};
    }
    return messages.getMessage(key, parts, locale);
  }

  /** {@code 2..8} is 2 to 8 °C; {@code ..-120} is at most -120 °C. */
  private String range(String value, Locale locale) {
    String[] ends = value.split("\\.\\.", -1);
    return ends[0].isEmpty()
        ? messages.getMessage("alert.range.atMost", new Object[] {ends[1]}, locale)
        : messages.getMessage("alert.range.between", new Object[] {ends[0], ends[1]}, locale);
  }
}
