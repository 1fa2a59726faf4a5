package org.openv2v.worklist.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a missing custody signature of the team's is late. A step the journey has already moved past
 * is late at once: the cells went on without their record. The step that led to the current state
 * gets a grace period (openv2v.worklist.custody-grace, 24 h by default) for the signer to catch up,
 * since a signature is often entered after the handover itself.
 */
public final class SignatureDue {

  private SignatureDue() {}

  public static boolean overdue(
      MissingSignature missing, Instant stateEnteredAt, Instant now, Duration grace) {
    return !missing.latest() || stateEnteredAt.plus(grace).isBefore(now);
  }
}
