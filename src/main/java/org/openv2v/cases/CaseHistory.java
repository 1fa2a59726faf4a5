package org.openv2v.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.cases.domain.CaseState;

/**
 * A case's recorded journey as a planning model replays it: its product, indication and sites, and
 * every state it entered with the time the step happened, in order. No patient identity: the
 * forecast's backtest rebuilds from it what the queue looked like on a past day.
 */
public record CaseHistory(
    UUID id,
    String productCode,
    String indication,
    String treatmentCentreId,
    String apheresisSiteId,
    String manufacturingSiteId,
    Optional<String> courierSiteId,
    List<Step> steps) {

  public CaseHistory {
    steps = List.copyOf(steps);
  }

  /**
   * The same product, indication and sites under {@code id} with {@code steps}: a history completed
   * once all its steps are read, or given an id that does not lead back to the case.
   */
  public CaseHistory with(UUID id, List<Step> steps) {
    return new CaseHistory(
        id,
        productCode,
        indication,
        treatmentCentreId,
        apheresisSiteId,
        manufacturingSiteId,
        courierSiteId,
        steps);
  }

  /** One recorded step: the state entered and when it happened. */
  public record Step(CaseState state, Instant at) {}
}
