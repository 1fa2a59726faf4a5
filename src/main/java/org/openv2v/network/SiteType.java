package org.openv2v.network;

/** What part a site plays in the vein-to-vein chain. */
public enum SiteType {
  TREATMENT_CENTRE,
  APHERESIS_UNIT,
  MANUFACTURING_FACILITY,
  COURIER
}
