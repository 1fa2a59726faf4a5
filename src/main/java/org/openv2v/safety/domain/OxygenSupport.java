package org.openv2v.safety.domain;

/** Oxygen support for hypoxia not attributable to another cause (ASTCT 2019). */
public enum OxygenSupport {
  NONE,
  LOW_FLOW_NASAL_CANNULA,
  BLOW_BY,
  HIGH_FLOW_NASAL_CANNULA,
  FACEMASK,
  NON_REBREATHER,
  VENTURI,
  CPAP,
  BIPAP,
  MECHANICAL_VENTILATION;

  boolean isNasalCannula() {
    return this == LOW_FLOW_NASAL_CANNULA || this == HIGH_FLOW_NASAL_CANNULA;
  }
}
