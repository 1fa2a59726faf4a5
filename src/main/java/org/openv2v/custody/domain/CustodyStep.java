package org.openv2v.custody.domain;

/**
 * A handover or handling of the cells that someone signs for. Each step carries the meaning of its
 * signature, which the record shows next to the printed name and time (21 CFR 11.50(a)(3)).
 */
public enum CustodyStep {
  COLLECTED("collected by"),
  PACKED("packed by"),
  HANDED_TO_COURIER("handed over by"),
  RECEIVED_BY_MANUFACTURER("received by"),
  RELEASED("released by"),
  SHIPPED("shipped by"),
  RECEIVED_AT_SITE("received by"),
  STORED("stored by"),
  THAWED("thawed by"),
  INFUSED("infused by"),
  /**
   * Not a handling of the cells and never signed through the API: the platform records that a
   * shipment's logger data showed an excursion. The "signer" is the account whose upload carried
   * the readings, and the meaning says so.
   */
  EXCURSION_OBSERVED("logger data uploaded by");

  /** The meaning of a witness's signature, whatever the step. */
  public static final String WITNESS_MEANING = "witnessed by";

  private final String meaning;

  CustodyStep(String meaning) {
    this.meaning = meaning;
  }

  /** The meaning of the signer's signature, such as "received by". */
  public String meaning() {
    return meaning;
  }
}
