package org.openv2v.bedside.domain;

/** The answer of a bedside verification. */
public enum Verdict {
  MATCH,
  MISMATCH
}
