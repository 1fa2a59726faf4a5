package org.openv2v.safety.domain;

import java.util.List;

/** A toxicity grade, the grading system that produced it and the findings that decided it. */
public record Grade(int value, String system, List<String> reasons) {

  public Grade {
    reasons = List.copyOf(reasons);
  }
}
