package org.openv2v.cases.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The vein-to-vein journey as the tests expect it, typed out by hand from the rules (not read from
 * {@link Journey}): every allowed "FROM,EVENT,TO"; every other pair must be refused.
 */
final class ExpectedJourney {

  static final List<String> ALLOWED =
      List.of(
          "REFERRED,ELIGIBILITY_CONFIRMED,ELIGIBILITY_CONFIRMED",
          "ELIGIBILITY_CONFIRMED,PAYER_APPROVED,PAYER_APPROVED",
          "PAYER_APPROVED,APHERESIS_SCHEDULED,APHERESIS_SCHEDULED",
          "APHERESIS_SCHEDULED,APHERESIS_COLLECTED,APHERESIS_COLLECTED",
          "APHERESIS_COLLECTED,SHIPPED_TO_MANUFACTURER,SHIPPED_TO_MANUFACTURER",
          "SHIPPED_TO_MANUFACTURER,MANUFACTURING_STARTED,IN_MANUFACTURING",
          "IN_MANUFACTURING,PRODUCT_RELEASED,RELEASED",
          "IN_MANUFACTURING,MANUFACTURING_FAILED,MANUFACTURING_FAILED",
          "MANUFACTURING_FAILED,APHERESIS_SCHEDULED,APHERESIS_SCHEDULED",
          "MANUFACTURING_FAILED,OUT_OF_SPEC_ACCEPTED,RELEASED",
          "RELEASED,SHIPPED_TO_SITE,SHIPPED_TO_SITE",
          "SHIPPED_TO_SITE,RECEIVED_AT_SITE,RECEIVED_AT_SITE",
          "RECEIVED_AT_SITE,LYMPHODEPLETION_STARTED,LYMPHODEPLETION",
          "LYMPHODEPLETION,INFUSED,INFUSED",
          "INFUSED,MONITORING_STARTED,MONITORING",
          "MONITORING,FOLLOW_UP_STARTED,FOLLOW_UP",
          "INFUSED,CLOSED,CLOSED",
          "MONITORING,CLOSED,CLOSED",
          "FOLLOW_UP,CLOSED,CLOSED",
          "REFERRED,WITHDRAWN,WITHDRAWN",
          "ELIGIBILITY_CONFIRMED,WITHDRAWN,WITHDRAWN",
          "PAYER_APPROVED,WITHDRAWN,WITHDRAWN",
          "APHERESIS_SCHEDULED,WITHDRAWN,WITHDRAWN",
          "APHERESIS_COLLECTED,WITHDRAWN,WITHDRAWN",
          "SHIPPED_TO_MANUFACTURER,WITHDRAWN,WITHDRAWN",
          "IN_MANUFACTURING,WITHDRAWN,WITHDRAWN",
          "RELEASED,WITHDRAWN,WITHDRAWN",
          "MANUFACTURING_FAILED,WITHDRAWN,WITHDRAWN",
          "SHIPPED_TO_SITE,WITHDRAWN,WITHDRAWN",
          "RECEIVED_AT_SITE,WITHDRAWN,WITHDRAWN",
          "LYMPHODEPLETION,WITHDRAWN,WITHDRAWN");

  private static final Map<String, CaseState> NEXT = new HashMap<>();

  static {
    for (String row : ALLOWED) {
      String[] cells = row.split(",");
      String key = CaseState.valueOf(cells[0]) + "," + CaseEventType.valueOf(cells[1]);
      if (NEXT.put(key, CaseState.valueOf(cells[2])) != null) {
        throw new IllegalStateException("Duplicate row " + row);
      }
    }
  }

  static final Set<String> WITHDRAWAL_REASONS =
      Set.of("PROGRESSION", "DEATH", "INELIGIBLE", "PATIENT_CHOICE", "PAYER_REFUSAL");
  static final Set<String> CLOSURE_REASONS =
      Set.of("FOLLOW_UP_COMPLETED", "DEATH", "LOST_TO_FOLLOW_UP", "CONSENT_WITHDRAWN");

  private ExpectedJourney() {}

  static Optional<CaseState> next(CaseState from, CaseEventType event) {
    return Optional.ofNullable(NEXT.get(from + "," + event));
  }

  static Set<CaseEventType> allowedFrom(CaseState from) {
    return Arrays.stream(CaseEventType.values())
        .filter(event -> next(from, event).isPresent())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseEventType.class)));
  }

  /** A reason the event takes, or none for events that take no reason. */
  static Optional<String> fittingReason(CaseEventType event) {
    return switch (event) {
      case WITHDRAWN -> Optional.of("PATIENT_CHOICE");
      case CLOSED -> Optional.of("LOST_TO_FOLLOW_UP");
      default -> Optional.empty();
    };
  }

  static boolean reasonFits(CaseEventType event, Optional<String> reason) {
    return switch (event) {
      case WITHDRAWN -> reason.filter(WITHDRAWAL_REASONS::contains).isPresent();
      case CLOSED -> reason.filter(CLOSURE_REASONS::contains).isPresent();
      default -> reason.filter(text -> !text.isBlank()).isEmpty();
    };
  }
}
