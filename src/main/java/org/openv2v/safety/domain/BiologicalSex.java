package org.openv2v.safety.domain;

/** Sex as the Cockcroft–Gault formula uses it. */
public enum BiologicalSex {
  MALE,
  FEMALE
}
