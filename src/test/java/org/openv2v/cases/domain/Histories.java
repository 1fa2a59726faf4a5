package org.openv2v.cases.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builders of case histories and requests for the domain tests. */
final class Histories {

  static final String SITE = "KR-SNUH";
  static final String ACTOR = "tester";

  private Histories() {}

  static CaseEvent referral(Instant at) {
    return new CaseEvent(
        UUID.randomUUID(),
        1,
        CaseEventType.REFERRED,
        Optional.empty(),
        CaseState.REFERRED,
        at,
        at,
        ACTOR,
        SITE,
        Optional.empty(),
        Optional.empty());
  }

  /** A case whose state is {@code state}: its referral, and a last event leading to the state. */
  static Case caseIn(CaseState state, Instant referredAt, Instant lastAt) {
    List<CaseEvent> history = new ArrayList<>();
    history.add(referral(referredAt));
    if (state != CaseState.REFERRED) {
      history.add(
          new CaseEvent(
              UUID.randomUUID(),
              2,
              CaseEventType.ELIGIBILITY_CONFIRMED,
              Optional.of(CaseState.REFERRED),
              state,
              lastAt,
              lastAt,
              ACTOR,
              SITE,
              Optional.empty(),
              Optional.empty()));
    }
    return Case.fromHistory(UUID.randomUUID(), history);
  }

  static NewEvent request(CaseEventType type, Instant at) {
    return request(type, at, Optional.empty());
  }

  static NewEvent request(CaseEventType type, Instant at, Optional<String> reason) {
    return new NewEvent(UUID.randomUUID(), type, at, SITE, Optional.empty(), reason);
  }
}
