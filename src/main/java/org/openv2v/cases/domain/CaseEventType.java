package org.openv2v.cases.domain;

/** Something that happened to a case. Names are past tense: an event is a recorded fact. */
public enum CaseEventType {
  /** The case was opened; recorded only when the referral is created. */
  REFERRED,
  ELIGIBILITY_CONFIRMED,
  PAYER_APPROVED,
  APHERESIS_SCHEDULED,
  APHERESIS_COLLECTED,
  SHIPPED_TO_MANUFACTURER,
  MANUFACTURING_STARTED,
  PRODUCT_RELEASED,
  MANUFACTURING_FAILED,
  /** The physician accepts an out-of-specification product after a failed release. */
  OUT_OF_SPEC_ACCEPTED,
  SHIPPED_TO_SITE,
  RECEIVED_AT_SITE,
  LYMPHODEPLETION_STARTED,
  INFUSED,
  MONITORING_STARTED,
  FOLLOW_UP_STARTED,
  CLOSED,
  WITHDRAWN
}
