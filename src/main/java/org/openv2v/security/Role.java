package org.openv2v.security;

/** What a user does in the network; each user has one role and works at one or more sites. */
public enum Role {
  COORDINATOR,
  PHYSICIAN,
  NURSE,
  MANUFACTURER,
  COURIER,
  AUDITOR,
  ADMIN;

  /**
   * Manufacturers and couriers handle the product, not the patient: they see identifiers, never
   * names, birth dates or record numbers (brief, Security).
   */
  public boolean seesPatientIdentity() {
    return this != MANUFACTURER && this != COURIER;
  }

  /** The Spring Security authority for this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
