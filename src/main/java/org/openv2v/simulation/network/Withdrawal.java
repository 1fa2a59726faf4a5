package org.openv2v.simulation.network;

/** Why a referred patient left the pathway without an infusion (the case goes to WITHDRAWN). */
public enum Withdrawal {
  PROGRESSION("progression"),
  DEATH("death"),
  MANUFACTURING_FAILURE("manufacturingFailure"),
  INELIGIBLE("ineligible"),
  PAYER_REFUSAL("payerRefusal");

  private final String key;

  Withdrawal(String key) {
    this.key = key;
  }

  /** The name used in summary.json. */
  public String key() {
    return key;
  }
}
