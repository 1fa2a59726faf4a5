package org.openv2v.scheduling;

import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseEventRecorded;
import org.openv2v.cases.EventView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the schedule in step with the journey, inside the transaction that records each event:
 * withdrawal frees capacity at once, a failed manufacture opens a failure path with a new
 * collection proposed, and acceptance of an out-of-specification product closes it.
 */
@Component
@RequiredArgsConstructor
class CaseEventsListener {

  private final Releases releases;
  private final FailureReactions failures;

  @EventListener
  void on(CaseEventRecorded recorded) {
    EventView event = recorded.event();
    switch (event.type()) {
      case WITHDRAWN -> releases.onWithdrawn(event.caseId());
      case MANUFACTURING_FAILED ->
          failures.onManufacturingFailed(event.caseId(), event.eventId(), event.siteId());
      case OUT_OF_SPEC_ACCEPTED -> failures.onOutOfSpecAccepted(event.caseId());
      case PRODUCT_RELEASED -> releases.onReleased(event.caseId());
      default -> {}
    }
  }
}
