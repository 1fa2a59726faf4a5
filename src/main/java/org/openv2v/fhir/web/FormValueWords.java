package org.openv2v.fhir.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.openv2v.identity.domain.Din;
import org.openv2v.network.Network;
import org.openv2v.web.PageDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A pre-filled form value as people read it on the form's page: codes in words (sex, Lugano
 * response), site ids as the site's name, DINs eye-readable, days in the reader's format. The files
 * keep the values as the registry takes them; only the page words them.
 */
@Component
@RequiredArgsConstructor
class FormValueWords {

  private static final Pattern TOKEN =
      Pattern.compile(
          "\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b(?:FEMALE|MALE|OTHER|UNKNOWN)\\b"
              + "|\\b[A-Z]{2}-[A-Z]{2,}[A-Z0-9-]*\\b"
              + "|\\b[A-NP-Z1-9][A-NP-Z0-9]{2}\\d{10}(?:\\d{2})?\\b"
              + "|\\b\\d{4}-\\d{2}-\\d{2}\\b");

  private final MessageSource messages;
  private final Network network;
  private final PageDates dates;

  String of(String value, Locale locale) {
    Matcher token = TOKEN.matcher(value);
    StringBuilder out = new StringBuilder();
    while (token.find()) {
      token.appendReplacement(out, Matcher.quoteReplacement(word(token.group(), locale)));
    }
    token.appendTail(out);
    return out.toString();
  }

  private String word(String token, Locale locale) {
    if (token.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return LocalDate.parse(token).format(dates.dateFormatter(locale));
      } catch (DateTimeParseException notADay) {
        return token;
      }
    }
    if (token.matches("[A-Z]{2}-.*")) {
      return network.siteName(token, locale);
    }
    if (token.matches("[A-NP-Z1-9][A-NP-Z0-9]{2}\\d{10}(\\d{2})?")) {
      try {
        Din din = Din.parse(token.substring(0, Din.LENGTH));
        String flag = token.length() > Din.LENGTH ? " " + token.substring(Din.LENGTH) : "";
        return din.facility() + " " + din.yearDigits() + " " + din.sequenceDigits() + flag;
      } catch (IllegalArgumentException notADin) {
        return token;
      }
    }
    for (String prefix : new String[] {"sex.", "safety.response."}) {
      String words = messages.getMessage(prefix + token, null, null, locale);
      if (words != null) {
        return words;
      }
    }
    return token;
  }
}
