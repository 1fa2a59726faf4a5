package org.openv2v.safety.domain;

/**
 * Response at an outcome report, PET-based Lugano 2014 (clinical-rules §9). HIRA's
 * performance-based risk sharing refunds non-responders (korea-and-seed §2.4): no metabolic
 * response or progression makes the case refund-eligible.
 */
public enum OutcomeResponse {
  COMPLETE_METABOLIC_RESPONSE,
  PARTIAL_METABOLIC_RESPONSE,
  NO_METABOLIC_RESPONSE,
  PROGRESSIVE_METABOLIC_DISEASE;

  public boolean refundEligible() {
    return this == NO_METABOLIC_RESPONSE || this == PROGRESSIVE_METABOLIC_DISEASE;
  }
}
