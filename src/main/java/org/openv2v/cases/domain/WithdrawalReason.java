package org.openv2v.cases.domain;

/** Why a case left the journey before infusion (the list; T-3 attrition causes). */
public enum WithdrawalReason {
  PROGRESSION,
  DEATH,
  INELIGIBLE,
  PATIENT_CHOICE,
  PAYER_REFUSAL
}
