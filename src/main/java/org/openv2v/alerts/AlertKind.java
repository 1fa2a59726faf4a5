package org.openv2v.alerts;

/** What happened, so that lists can be filtered and each kind shown with its own words. */
public enum AlertKind {
  TEMPERATURE_EXCURSION,
  LOGGER_DATA_GAP,
  SLOT_CHANGED,
  MANUFACTURING_FAILURE,
  OUT_OF_SPECIFICATION,
  EXPECTED_DATE_SLIPPED,
  FOLLOW_UP_OVERDUE,
  /** The live forecast's most likely infusion date moved later by more than allowed. */
  FORECAST_DRIFT,
  OTHER
}
