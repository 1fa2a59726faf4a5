package org.openv2v.forecast.domain;

/** Why a case may not reach infusion, as the forecast names its main risk. */
public enum Risk {
  /** The disease progresses while waiting, so that the patient is no longer eligible. */
  PROGRESSION,
  /** The patient dies while waiting. */
  DEATH,
  /** Progression or death while waiting more than a week for a manufacturing slot. */
  SLOT_WAIT,
  /** Manufacturing fails and no new collection or out-of-specification product follows. */
  MANUFACTURING_FAILURE,
  /** Found ineligible, or refused by the payer, before collection. */
  NOT_ELIGIBLE,
  /** No slot within the forecast's horizon. */
  NO_SLOT
}
