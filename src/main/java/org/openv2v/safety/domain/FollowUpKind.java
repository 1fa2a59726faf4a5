package org.openv2v.safety.domain;

/** What a follow-up item asks the team to do. */
public enum FollowUpKind {
  /** Daily check for CRS and ICANS while monitoring. */
  DAILY_CHECK,
  /** The patient stays near the treating centre until the due date. */
  STAY_NEAR_CENTRE,
  /** The patient does not drive or use machines until the due date. */
  NO_DRIVING,
  /** End of the monitoring period for CRS and neurotoxicity. */
  MONITORING_ENDS,
  DAY_14_REVIEW,
  /** First response assessment (Lugano 2014 PET-CT for lymphoma), month 1. */
  DAY_28_RESPONSE,
  /** Second response assessment, month 3. */
  DAY_90_RESPONSE,
  MONTH_6_VISIT,
  MONTH_12_VISIT,
  /** Yearly long-term follow-up to 15 years (Advanced Regenerative Bio Act, Art. 30). */
  YEARLY_FOLLOW_UP,
  /** HIRA outcome report at 6 months (filed in months 5–6), lymphoma. */
  HIRA_OUTCOME_6_MONTHS,
  /** HIRA outcome report at 12 months (filed in months 11–12), lymphoma. */
  HIRA_OUTCOME_12_MONTHS;

  /** A period the patient lives by until the due date, not a task that can fall overdue. */
  public boolean isPeriod() {
    return this == STAY_NEAR_CENTRE || this == NO_DRIVING || this == MONITORING_ENDS;
  }
}
