package org.openv2v.safety.domain;

import java.util.Optional;
import org.openv2v.shared.Refusal;

/** Checks on calculator input: a value out of range is refused naming the field, never clamped. */
final class Inputs {

  private Inputs() {}

  static double within(String field, Double value, double min, double max, String unit) {
    double present = required(field, value);
    if (!Double.isFinite(present) || present < min || present > max) {
      throw Refusal.invalidField(
              field,
              "must be between "
                  + plain(min)
                  + " and "
                  + plain(max)
                  + " "
                  + unit
                  + ", was "
                  + plain(present))
          .withWords("refusal.field.betweenUnit", plain(min), plain(max), unit, plain(present));
    }
    return present;
  }

  static int within(String field, Integer value, int min, int max) {
    int present = required(field, value);
    if (present < min || present > max) {
      throw Refusal.invalidField(
              field, "must be between " + min + " and " + max + ", was " + present)
          .withWords("refusal.field.between", min, max, present);
    }
    return present;
  }

  static <T> T required(String field, T value) {
    return Optional.ofNullable(value)
        .orElseThrow(
            () -> Refusal.invalidField(field, "is required").withWords("refusal.field.required"));
  }

  static void contradiction(String field, String message) {
    throw Refusal.invalidField(field, message).withWords("refusal.clinical.contradiction", message);
  }

  static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
