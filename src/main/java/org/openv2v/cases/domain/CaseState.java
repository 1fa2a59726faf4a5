package org.openv2v.cases.domain;

import java.util.Arrays;
import java.util.List;

/** Where a patient's case stands on the vein-to-vein journey. */
public enum CaseState {
  REFERRED,
  ELIGIBILITY_CONFIRMED,
  PAYER_APPROVED,
  APHERESIS_SCHEDULED,
  APHERESIS_COLLECTED,
  SHIPPED_TO_MANUFACTURER,
  IN_MANUFACTURING,
  RELEASED,
  MANUFACTURING_FAILED,
  SHIPPED_TO_SITE,
  RECEIVED_AT_SITE,
  LYMPHODEPLETION,
  INFUSED,
  MONITORING,
  FOLLOW_UP,
  CLOSED,
  WITHDRAWN;

  /** A case can be withdrawn only while the cells have not gone into the patient. */
  public boolean isBeforeInfusion() {
    return switch (this) {
      case INFUSED, MONITORING, FOLLOW_UP, CLOSED, WITHDRAWN -> false;
      default -> true;
    };
  }

  /**
   * The journey's main path, in order, from referral to closure: no failed manufacture, no
   * withdrawal: the states in the order they are declared, but those two. Pages draw it as the
   * stepper; the worklist walks it to expect custody signatures.
   */
  public static List<CaseState> mainPath() {
    return Arrays.stream(values())
        .filter(state -> state != MANUFACTURING_FAILED && state != WITHDRAWN)
        .toList();
  }

  public boolean isEnded() {
    return this == CLOSED || this == WITHDRAWN;
  }
}
