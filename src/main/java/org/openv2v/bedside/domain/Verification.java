package org.openv2v.bedside.domain;

import java.util.List;

/** The outcome of a bedside check: MATCH, or MISMATCH with every reason found. */
public record Verification(Verdict result, List<MismatchReason> reasons) {

  public Verification {
    reasons = List.copyOf(reasons);
  }
}
