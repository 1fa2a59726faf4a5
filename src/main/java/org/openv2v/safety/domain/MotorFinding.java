package org.openv2v.safety.domain;

/** Motor findings, ASTCT ICANS domain; tremor and myoclonus do not count (R-ICANS-3). */
public enum MotorFinding {
  NONE(0),
  /** Deep focal motor weakness such as hemiparesis or paraparesis: grade 4. */
  DEEP_FOCAL_WEAKNESS(4);

  final int grade;

  MotorFinding(int grade) {
    this.grade = grade;
  }
}
