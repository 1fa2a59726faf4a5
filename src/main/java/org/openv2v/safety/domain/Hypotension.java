package org.openv2v.safety.domain;

/** Blood pressure support for hypotension not attributable to another cause (ASTCT 2019). */
public enum Hypotension {
  NONE,
  FLUIDS_ONLY,
  ONE_VASOPRESSOR,
  MULTIPLE_VASOPRESSORS
}
