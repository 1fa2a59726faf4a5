package org.openv2v.patientstatus.domain;

import org.openv2v.cases.domain.CaseState;

/**
 * Where the patient's cells are, in the words a patient or caregiver uses. Several clinical states
 * fold into one because the family needs to know what happens next, not how the team records it; a
 * failed manufacture says only that the care team will call, since the team explains it in person.
 */
public enum CellsWhereabouts {
  NOT_YET_COLLECTED,
  COLLECTION_BOOKED,
  COLLECTED,
  TRAVELLING_TO_MANUFACTURER,
  BEING_MADE,
  READY,
  TRAVELLING_BACK,
  AT_HOSPITAL,
  GIVEN_BACK,
  CARE_TEAM_WILL_CALL,
  NO_LONGER_FOLLOWED;

  public static CellsWhereabouts of(CaseState state) {
    return switch (state) {
      case REFERRED, ELIGIBILITY_CONFIRMED, PAYER_APPROVED -> NOT_YET_COLLECTED;
      case APHERESIS_SCHEDULED -> COLLECTION_BOOKED;
      case APHERESIS_COLLECTED -> COLLECTED;
      case SHIPPED_TO_MANUFACTURER -> TRAVELLING_TO_MANUFACTURER;
      case IN_MANUFACTURING -> BEING_MADE;
      case RELEASED -> READY;
      case SHIPPED_TO_SITE -> TRAVELLING_BACK;
      case RECEIVED_AT_SITE, LYMPHODEPLETION -> AT_HOSPITAL;
      case INFUSED, MONITORING, FOLLOW_UP -> GIVEN_BACK;
      case MANUFACTURING_FAILED -> CARE_TEAM_WILL_CALL;
      case CLOSED, WITHDRAWN -> NO_LONGER_FOLLOWED;
    };
  }

  /** The steps a family sees on the page, in order; the last two are not on the way. */
  public boolean onTheWay() {
    return this != CARE_TEAM_WILL_CALL && this != NO_LONGER_FOLLOWED;
  }
}
