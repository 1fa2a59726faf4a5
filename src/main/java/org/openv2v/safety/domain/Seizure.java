package org.openv2v.safety.domain;

/** Seizure, ASTCT ICANS domain. */
public enum Seizure {
  NONE(0),
  /** Any clinical seizure, focal or generalised, that resolves rapidly: grade 3. */
  RAPIDLY_RESOLVING(3),
  /** Non-convulsive seizures on EEG that resolve with intervention: grade 3. */
  NONCONVULSIVE_RESOLVED_WITH_INTERVENTION(3),
  /** Life-threatening prolonged seizure (> 5 min), or repetitive without return to baseline: 4. */
  PROLONGED_OR_REPETITIVE(4);

  final int grade;

  Seizure(int grade) {
    this.grade = grade;
  }
}
