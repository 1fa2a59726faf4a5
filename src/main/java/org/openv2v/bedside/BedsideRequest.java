package org.openv2v.bedside;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * What the verifiers scanned, and the second verifier's credentials. The caller is the first
 * verifier.
 */
public record BedsideRequest(
    @NotBlank String wristband,
    @NotBlank String bag,
    @NotNull @Valid SecondVerifier secondVerifier) {

  /** The second person, who confirms with their own user name and password. */
  public record SecondVerifier(@NotBlank String username, @NotBlank String password) {}
}
