package org.openv2v.logistics.domain;

/** Which way the cells travel: the two legs of the vein-to-vein journey that need a courier. */
public enum Leg {
  /** Collected cells from the centre or apheresis unit to the manufacturing facility. */
  TO_MANUFACTURER,
  /** The finished product from the manufacturing facility back to the treatment centre. */
  TO_TREATMENT_CENTRE
}
