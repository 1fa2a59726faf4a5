package org.openv2v.security;

/** What a user does in the network; each user has one role and works at one or more sites. */
public enum Role {
  COORDINATOR,
  PHYSICIAN,
  NURSE,
  MANUFACTURER,
  COURIER,
  AUDITOR,
  ADMIN,
  /** Health-system planners and payers: the simulator and the economic model, never patients. */
  PLANNER;

  /**
   * Manufacturers and couriers handle the product, not the patient: they see identifiers, never
   * names, birth dates or record numbers (brief, Security).
   */
  public boolean seesPatientIdentity() {
    return this != MANUFACTURER && this != COURIER && this != PLANNER;
  }

  /** Whether the role works on patients' cases; administrators and planners do not. */
  public boolean worksOnCases() {
    return this != ADMIN && this != PLANNER;
  }

  /**
   * Where the role's work is, the page it lands on after signing in: Home for those who look after
   * patients, the role's own pages for everyone else.
   */
  public String startPage() {
    return switch (this) {
      case COORDINATOR, PHYSICIAN, NURSE -> "/";
      case MANUFACTURER -> "/manufacturing";
      case COURIER -> "/shipments";
      case PLANNER -> "/planning";
      case AUDITOR -> "/audit";
      case ADMIN -> "/admin/users";
    };
  }

  /** The Spring Security authority for this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
