package org.openv2v.custody.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times in the reader's language and the platform's zone, with the platform's date pattern. */
record CustodyWords(DateTimeFormatter dateTimes, ZoneId zone) {

  static CustodyWords of(String pattern, Locale locale, ZoneId zone) {
    return new CustodyWords(DateTimeFormatter.ofPattern(pattern, locale), zone);
  }

  String dateTime(Instant instant) {
    return dateTimes.format(instant.atZone(zone));
  }
}
