package org.openv2v.custody.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.custody.Credentials;
import org.openv2v.custody.NewCustodyEvent;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyStep;

/** The body of {@code POST /api/v1/cases/{id}/custody}. */
record CustodyRequest(
    @NotNull UUID eventId,
    @NotNull CustodyStep step,
    @NotBlank @Size(max = 64) String siteId,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> units,
    @NotNull Instant deviceTime,
    @NotNull Condition condition,
    @DecimalMin("-273.15") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
        BigDecimal temperatureCelsius,
    @Size(max = 2000) String note,
    @NotNull @Valid Signature signature,
    @Valid Witness witness) {

  /** The signer's own password, typed again for this signature (21 CFR 11.200(a)(1)). */
  record Signature(@NotEmpty @Size(max = 200) String password) {
    @Override
    public String toString() {
      return "Signature[password=(hidden)]";
    }
  }

  /** The second person who witnessed the step, with their own password. */
  record Witness(
      @NotBlank @Size(max = 100) String username, @NotEmpty @Size(max = 200) String password) {
    @Override
    public String toString() {
      return "Witness[username=" + username + ", password=(hidden)]";
    }
  }

  NewCustodyEvent toNewEvent() {
    return new NewCustodyEvent(
        eventId,
        step,
        siteId,
        units,
        deviceTime,
        condition,
        Optional.ofNullable(temperatureCelsius),
        Optional.ofNullable(note),
        Optional.ofNullable(witness).map(Witness::username));
  }

  Optional<Credentials> witnessCredentials() {
    return Optional.ofNullable(witness).map(w -> new Credentials(w.username(), w.password()));
  }
}
