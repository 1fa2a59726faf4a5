package org.openv2v.worklist.domain;

/** Who must act next on a case: the treatment team itself, or someone outside it. */
public enum Party {
  TEAM,
  PAYER,
  COURIER,
  MANUFACTURER
}
