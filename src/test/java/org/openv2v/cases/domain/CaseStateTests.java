package org.openv2v.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openv2v.cases.domain.CaseState.*;

import org.junit.jupiter.api.Test;

class CaseStateTests {

  @Test
  void mainPathRunsFromReferralToClosureWithoutFailureOrWithdrawal() {
    assertThat(CaseState.mainPath())
        .containsExactly(
            REFERRED,
            ELIGIBILITY_CONFIRMED,
            PAYER_APPROVED,
            APHERESIS_SCHEDULED,
            APHERESIS_COLLECTED,
            SHIPPED_TO_MANUFACTURER,
            IN_MANUFACTURING,
            RELEASED,
            SHIPPED_TO_SITE,
            RECEIVED_AT_SITE,
            LYMPHODEPLETION,
            INFUSED,
            MONITORING,
            FOLLOW_UP,
            CLOSED);
  }
}
