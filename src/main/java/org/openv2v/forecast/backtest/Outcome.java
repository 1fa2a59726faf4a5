package org.openv2v.forecast.backtest;

import java.time.Instant;
import java.util.Optional;
import org.openv2v.cases.CaseHistory;
import org.openv2v.cases.domain.CaseState;

/**
 * What happened to a case, as recorded by the time the backtest reads the records: when it was
 * infused, or when it was withdrawn before infusion; neither while it is still open.
 */
public record Outcome(Optional<Instant> infusedAt, Optional<Instant> withdrawnAt) {

  public static Outcome of(CaseHistory history) {
    Optional<Instant> infused = Optional.empty();
    Optional<Instant> withdrawn = Optional.empty();
    for (CaseHistory.Step step : history.steps()) {
      if (step.state() == CaseState.INFUSED && infused.isEmpty()) {
        infused = Optional.of(step.at());
      } else if (step.state() == CaseState.WITHDRAWN && withdrawn.isEmpty()) {
        withdrawn = Optional.of(step.at());
      }
    }
    return new Outcome(infused, withdrawn);
  }

  /** Reached infusion: yes, no (withdrawn), or not known yet (still open). */
  public Optional<Boolean> reachedInfusion() {
    if (infusedAt.isPresent()) {
      return Optional.of(true);
    }
    return withdrawnAt.isPresent() ? Optional.of(false) : Optional.empty();
  }

  /**
   * Infused by {@code deadline}: yes if infused by then; no if withdrawn, infused later, or still
   * open once the deadline has passed by {@code observedAt}; not known yet otherwise.
   */
  public Optional<Boolean> infusedBy(Instant deadline, Instant observedAt) {
    if (infusedAt.isPresent()) {
      return Optional.of(!infusedAt.get().isAfter(deadline));
    }
    if (withdrawnAt.isPresent() || !observedAt.isBefore(deadline)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }
}
