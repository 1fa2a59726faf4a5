package org.openv2v.custody.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.custody.Credentials;
import org.openv2v.custody.NewCustodyEvent;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.shared.Refusal;

/**
 * The panel's signing form as the browser posts it (form fields, not JSON). Every field arrives as
 * text and is checked here with the same limits as the API's request, so that a mistake comes back
 * as a message in the panel. The device time is the server's: the page is the device.
 */
record CustodySigningForm(
    String eventId,
    String step,
    String siteId,
    String unit,
    String condition,
    String temperature,
    String note,
    String password,
    String witnessUsername,
    String witnessPassword) {

  NewCustodyEvent toEvent(Instant now) {
    return new NewCustodyEvent(
        parseId(),
        parseStep()
            .orElseThrow(
                () ->
                    Refusal.invalidField("step", "choose the step you sign")
                        .withWords("refusal.custody.chooseStep")),
        required("siteId", siteId, 64),
        List.of(required("unit", unit, 64)),
        now,
        parseCondition(),
        parseTemperature(),
        text(note).map(n -> limited("note", n, 2000)),
        witness().map(Credentials::username));
  }

  String signerPassword() {
    if (password == null || password.isEmpty()) {
      throw Refusal.invalidField("password", "type your password again to sign")
          .withWords("refusal.custody.password");
    }
    return limited("password", password, 200);
  }

  Optional<Credentials> witness() {
    Optional<String> username = text(witnessUsername);
    if (username.isEmpty()) {
      return Optional.empty();
    }
    if (witnessPassword == null || witnessPassword.isEmpty()) {
      throw Refusal.invalidField("witnessPassword", "the witness types their password too")
          .withWords("refusal.custody.witnessTypes");
    }
    return Optional.of(
        new Credentials(
            limited("witnessUsername", username.get(), 100),
            limited("witnessPassword", witnessPassword, 200)));
  }

  Optional<CustodyStep> parseStep() {
    return text(step)
        .flatMap(
            s -> {
              try {
                return Optional.of(CustodyStep.valueOf(s));
              } catch (IllegalArgumentException e) {
                return Optional.empty();
              }
            });
  }

  private UUID parseId() {
    try {
      return UUID.fromString(required("eventId", eventId, 36));
    } catch (IllegalArgumentException e) {
      throw Refusal.invalidField("eventId", "is not an id; reload the panel")
          .withWords("refusal.custody.badId");
    }
  }

  private Condition parseCondition() {
    try {
      return text(condition).map(Condition::valueOf).orElse(Condition.INTACT);
    } catch (IllegalArgumentException e) {
      throw Refusal.invalidField("condition", "is not a condition")
          .withWords("refusal.custody.condition");
    }
  }

  private Optional<BigDecimal> parseTemperature() {
    Optional<String> given = text(temperature);
    if (given.isEmpty()) {
      return Optional.empty();
    }
    try {
      BigDecimal value = new BigDecimal(given.get().replace('−', '-').replace(',', '.'));
      if (value.compareTo(new BigDecimal("-273.15")) < 0
          || value.compareTo(new BigDecimal("100")) > 0
          || value.stripTrailingZeros().scale() > 2) {
        throw Refusal.invalidField(
                "temperature", "must be between -273.15 and 100 °C, with at most two decimals")
            .withWords("refusal.custody.temperature");
      }
      return Optional.of(value);
    } catch (NumberFormatException e) {
      throw Refusal.invalidField("temperature", "is not a number")
          .withWords("refusal.field.notNumber");
    }
  }

  private static String required(String field, String value, int max) {
    return limited(
        field,
        text(value)
            .orElseThrow(
                () -> Refusal.invalidField(field, "is empty").withWords("refusal.field.empty")),
        max);
  }

  private static String limited(String field, String value, int max) {
    if (value.length() > max) {
      throw Refusal.invalidField(field, "is longer than " + max + " characters")
          .withWords("refusal.field.longerThan", max);
    }
    return value;
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  @Override
  public String toString() {
    return "CustodySigningForm[eventId=" + eventId + ", step=" + step + ", (passwords hidden)]";
  }
}
