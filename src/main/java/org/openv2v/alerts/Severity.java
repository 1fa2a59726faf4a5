package org.openv2v.alerts;

/** How soon someone must act: CRITICAL may put a patient's product at risk. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL
}
