package org.openv2v.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused embedded start into Spring Boot's plain "what happened / what to do" report. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseRefused> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseRefused cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
