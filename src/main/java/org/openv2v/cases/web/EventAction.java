package org.openv2v.cases.web;

import java.util.List;
import java.util.UUID;

/**
 * One event the reader may record now, as a form on the case page. {@code eventId} is chosen when
 * the form is drawn, so that a form sent twice records the event once.
 */
record EventAction(
    String type, String label, List<ReasonOption> reasons, UUID eventId, boolean stopsJourney) {

  public boolean needsReason() {
    return !reasons.isEmpty();
  }

  /** A reason the event may give, in the reader's words. */
  record ReasonOption(String code, String label) {}
}
