package org.openv2v.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a missing or malformed FIN as Spring Boot's plain "what happened / what to do". */
class FacilityFailureAnalyzer extends AbstractFailureAnalyzer<FacilityNotConfigured> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, FacilityNotConfigured cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Start with --" + Identities.FACILITY_PROPERTY + "=YOUR_FIN, or in demo mode.",
        cause);
  }
}
