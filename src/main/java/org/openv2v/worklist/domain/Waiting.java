package org.openv2v.worklist.domain;

import java.util.Optional;
import org.openv2v.cases.domain.CaseState;

/**
 * Whom a case in a state waits on when it is not the treatment team: the payer between eligibility
 * and approval (HIRA prior approval, korea-and-seed §2), the courier while the cells travel, the
 * manufacturer while they are made and until they leave the facility.
 */
public final class Waiting {

  private Waiting() {}

  public static Optional<Party> on(CaseState state) {
    return switch (state) {
      case ELIGIBILITY_CONFIRMED -> Optional.of(Party.PAYER);
      case SHIPPED_TO_MANUFACTURER, SHIPPED_TO_SITE -> Optional.of(Party.COURIER);
      case IN_MANUFACTURING, RELEASED -> Optional.of(Party.MANUFACTURER);
      default -> Optional.empty();
    };
  }
}
