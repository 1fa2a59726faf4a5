package org.openv2v.network;

/** A product's standing with Korea's national health insurance. */
public enum Reimbursement {
  REIMBURSED,
  NOT_REIMBURSED,
  PENDING,
  NOT_APPROVED
}
