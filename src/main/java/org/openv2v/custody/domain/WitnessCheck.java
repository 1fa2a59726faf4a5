package org.openv2v.custody.domain;

import java.util.Optional;

/**
 * The rules for a witnessed step, in the order they are checked: a step the product's rules mark as
 * witnessed needs a second signer; the signer cannot witness themselves (checked before the
 * witness's password, so a mistaken self-witness never counts toward a sign-in lock); once the
 * witness's password is verified, the witness must be staff who handle the cells and work where the
 * step happens.
 */
public final class WitnessCheck {

  private WitnessCheck() {}

  /** Why a witness is refused. */
  public enum WitnessProblem {
    WITNESS_NEEDED,
    SELF_WITNESS,
    ROLE_MAY_NOT_WITNESS,
    NOT_AT_SITE
  }

  /** Before any password is checked: whether a witness is missing or is the signer. */
  public static Optional<WitnessProblem> beforePassword(
      boolean required, Optional<String> witness, String signer) {
    if (witness.isEmpty()) {
      return required ? Optional.of(WitnessProblem.WITNESS_NEEDED) : Optional.empty();
    }
    if (witness.get().equals(signer)) {
      return Optional.of(WitnessProblem.SELF_WITNESS);
    }
    return Optional.empty();
  }

  /** After the witness's password is verified: their role, then their site. */
  public static Optional<WitnessProblem> ofWitness(boolean roleMayWitness, boolean worksAtSite) {
    if (!roleMayWitness) {
      return Optional.of(WitnessProblem.ROLE_MAY_NOT_WITNESS);
    }
    if (!worksAtSite) {
      return Optional.of(WitnessProblem.NOT_AT_SITE);
    }
    return Optional.empty();
  }
}
