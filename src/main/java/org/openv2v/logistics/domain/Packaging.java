package org.openv2v.logistics.domain;

/** The kind of shipper, which decides the condition profile the logger is judged against. */
public enum Packaging {
  /** Cryopreserved cells in the vapour phase of liquid nitrogen, in a dry shipper (dewar). */
  LN2_VAPOUR_DRY_SHIPPER,
  /** Fresh cells in a refrigerated 2–8 °C shipper. */
  FRESH_2_TO_8
}
