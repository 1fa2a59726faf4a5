package org.openv2v.bedside.domain;

/** Why a bag may not be infused into the patient in front of the verifiers. */
public enum MismatchReason {
  WRISTBAND_UNREADABLE("The wristband scan is not a valid DIN."),
  BAG_UNREADABLE("The bag scan is not a valid DIN with flags."),
  WRONG_PATIENT("The wristband belongs to another patient's case."),
  WRONG_CASE("The bag belongs to another case."),
  NOT_A_PRODUCT_BAG("The bag is not a product bag of this case (apheresis bag or sample?)."),
  NOT_RELEASED("The bag has no release signed in the custody ledger."),
  NOT_RECEIVED_AT_SITE("The bag has no receipt signed at this treatment centre."),
  NOT_THAWED("The bag has no thaw signed in the custody ledger."),
  THAW_LIMIT_PASSED("The product's limit from thaw to infusion has passed."),
  SAME_VERIFIER("The second verifier must be a different person."),
  SECOND_VERIFIER_NOT_CONFIRMED("The second verifier's credentials were not confirmed.");

  private final String explanation;

  MismatchReason(String explanation) {
    this.explanation = explanation;
  }

  public String explanation() {
    return explanation;
  }
}
