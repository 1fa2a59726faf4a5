package org.openv2v.logistics.domain;

/** What the logger showed that someone must look at, and how urgently. */
public enum ExcursionKind {
  /** Out of range, back in range within the tolerance. */
  BRIEF_EXCURSION(Grade.WARNING),
  /** Out of range longer than the tolerance, or still out at the last reading. */
  SUSTAINED_EXCURSION(Grade.CRITICAL),
  /** No reading for longer than the logging interval allows: the temperature is unknown. */
  DATA_GAP(Grade.WARNING),
  /** The shipper travelled longer than it is validated to hold temperature. */
  HOLD_TIME_EXCEEDED(Grade.CRITICAL);

  private final Grade grade;

  ExcursionKind(Grade grade) {
    this.grade = grade;
  }

  public Grade grade() {
    return grade;
  }

  /** Whether the finding is about temperature (as opposed to missing data). */
  public boolean isTemperature() {
    return this != DATA_GAP;
  }

  /** How urgent a finding is. */
  public enum Grade {
    WARNING,
    CRITICAL
  }
}
