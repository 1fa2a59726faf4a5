package org.openv2v.scheduling.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * What a booking option stands for: collection at a site on a day, and a manufacturing slot. The id
 * carries them, so that options need no storage and booking re-checks them against capacity as it
 * is when the coordinator books.
 */
public record OptionId(String apheresisSiteId, LocalDate apheresisDate, UUID slotId) {

  public String text() {
    String plain = apheresisSiteId + "|" + apheresisDate + "|" + slotId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  public static Optional<OptionId> parse(String text) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8);
      String[] parts = plain.split("\\|");
      if (parts.length != 3 || parts[0].isBlank()) {
        return Optional.empty();
      }
      return Optional.of(
          new OptionId(parts[0], LocalDate.parse(parts[1]), UUID.fromString(parts[2])));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
