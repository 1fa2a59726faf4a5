package org.openv2v.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.shared.Refusal;

/**
 * Form fields as the pages' forms send them (text), read into values. A missing or unreadable field
 * is refused naming it, as the JSON API does: nothing is guessed or defaulted silently.
 */
public final class FormFields {

  private FormFields() {}

  public static double number(String field, String text) {
    return optionalNumber(field, text)
        .orElseThrow(
            () -> Refusal.invalidField(field, "is required").withWords("refusal.field.required"));
  }

  public static Optional<Double> optionalNumber(String field, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      double value = Double.parseDouble(text.strip().replace(',', '.'));
      if (!Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return Optional.of(value);
    } catch (NumberFormatException e) {
      throw Refusal.invalidField(field, "must be a number, was " + text.strip())
          .withWords("refusal.field.notNumberWas", text.strip());
    }
  }

  public static Optional<Integer> optionalWhole(String field, String text) {
    return optionalNumber(field, text)
        .map(
            value -> {
              if (value != Math.rint(value) || Math.abs(value) > 1000) {
                throw Refusal.invalidField(field, "must be a whole number, was " + text.strip())
                    .withWords("refusal.field.notWhole", text.strip());
              }
              return value.intValue();
            });
  }

  public static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
    if (text == null || text.isBlank()) {
      throw Refusal.invalidField(field, "is required").withWords("refusal.field.required");
    }
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      throw Refusal.invalidField(field, "is not one of the choices: " + text.strip())
          .withWords("refusal.field.notAChoice", text.strip());
    }
  }

  /** A local date and time at the centre (the form's datetime-local), as an instant. */
  public static Instant instant(String field, String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      throw Refusal.invalidField(field, "is required").withWords("refusal.field.required");
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw Refusal.invalidField(field, "is not a date and time: " + text.strip())
          .withWords("refusal.field.notDateTime", text.strip());
    }
  }

  /** An id the form carries (a hidden field); a tampered one is refused naming the field. */
  public static UUID id(String field, String text) {
    try {
      return UUID.fromString(text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      throw Refusal.invalidField(field, "is not an id").withWords("refusal.field.notId");
    }
  }

  /**
   * The id a form sends to make its post idempotent, or a fresh one when the form sent none or a
   * garbled one (the post is then simply not recognised as a repeat).
   */
  public static UUID requestId(String text) {
    try {
      return UUID.fromString(text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      return UUID.randomUUID();
    }
  }

  public static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      throw Refusal.invalidField(field, "is required").withWords("refusal.field.required");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeException e) {
      throw Refusal.invalidField(field, "is not a date: " + text.strip())
          .withWords("refusal.field.notDateWas", text.strip());
    }
  }
}
