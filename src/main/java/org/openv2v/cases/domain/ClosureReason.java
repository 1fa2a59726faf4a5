package org.openv2v.cases.domain;

/** Why a case that reached infusion was closed. */
public enum ClosureReason {
  /** The follow-up obligation ended (15 years in Korea: Advanced Regenerative Bio Act, Art. 30). */
  FOLLOW_UP_COMPLETED,
  DEATH,
  LOST_TO_FOLLOW_UP,
  CONSENT_WITHDRAWN
}
