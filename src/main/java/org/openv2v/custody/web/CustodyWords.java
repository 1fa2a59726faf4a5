package org.openv2v.custody.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Times in the reader's language and the platform's zone, with the platform's date pattern ({@link
 * org.openv2v.web.PageDates#dateTimeFormatter}, which carries the zone).
 */
record CustodyWords(DateTimeFormatter dateTimes) {

  String dateTime(Instant instant) {
    return dateTimes.format(instant);
  }
}
