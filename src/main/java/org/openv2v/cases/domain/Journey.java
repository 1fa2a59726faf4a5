package org.openv2v.cases.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vein-to-vein journey as a state machine: which event may follow which state, and where it
 * leads. Anything not in this table is refused.
 */
public final class Journey {

  private static final Map<CaseState, Map<CaseEventType, CaseState>> NEXT =
      new EnumMap<>(CaseState.class);

  static {
    for (CaseState state : CaseState.values()) {
      NEXT.put(state, new EnumMap<>(CaseEventType.class));
    }
    step("REFERRED", "ELIGIBILITY_CONFIRMED", "ELIGIBILITY_CONFIRMED");
    step("ELIGIBILITY_CONFIRMED", "PAYER_APPROVED", "PAYER_APPROVED");
    step("PAYER_APPROVED", "APHERESIS_SCHEDULED", "APHERESIS_SCHEDULED");
    step("APHERESIS_SCHEDULED", "APHERESIS_COLLECTED", "APHERESIS_COLLECTED");
    step("APHERESIS_COLLECTED", "SHIPPED_TO_MANUFACTURER", "SHIPPED_TO_MANUFACTURER");
    step("SHIPPED_TO_MANUFACTURER", "MANUFACTURING_STARTED", "IN_MANUFACTURING");
    step("IN_MANUFACTURING", "PRODUCT_RELEASED", "RELEASED");
    step("IN_MANUFACTURING", "MANUFACTURING_FAILED", "MANUFACTURING_FAILED");
    // After a failed release: collect again, or the physician accepts the out-of-spec product.
    step("MANUFACTURING_FAILED", "APHERESIS_SCHEDULED", "APHERESIS_SCHEDULED");
    step("MANUFACTURING_FAILED", "OUT_OF_SPEC_ACCEPTED", "RELEASED");
    step("RELEASED", "SHIPPED_TO_SITE", "SHIPPED_TO_SITE");
    step("SHIPPED_TO_SITE", "RECEIVED_AT_SITE", "RECEIVED_AT_SITE");
    step("RECEIVED_AT_SITE", "LYMPHODEPLETION_STARTED", "LYMPHODEPLETION");
    step("LYMPHODEPLETION", "INFUSED", "INFUSED");
    step("INFUSED", "MONITORING_STARTED", "MONITORING");
    step("MONITORING", "FOLLOW_UP_STARTED", "FOLLOW_UP");
    // A patient may die or be lost at any point after infusion, not only at the end of follow-up.
    step("INFUSED", "CLOSED", "CLOSED");
    step("MONITORING", "CLOSED", "CLOSED");
    step("FOLLOW_UP", "CLOSED", "CLOSED");
    for (CaseState state : CaseState.values()) {
      if (state.isBeforeInfusion()) {
        NEXT.get(state).put(CaseEventType.WITHDRAWN, CaseState.WITHDRAWN);
      }
    }
  }

  private Journey() {}

  /** One row of the table, by name: state, event, next state. */
  private static void step(String from, String event, String to) {
    NEXT.get(CaseState.valueOf(from)).put(CaseEventType.valueOf(event), CaseState.valueOf(to));
  }

  /** Where the event leads from this state, or empty if the journey does not allow it. */
  public static Optional<CaseState> next(CaseState from, CaseEventType event) {
    return Optional.ofNullable(NEXT.get(from).get(event));
  }

  /** The events the journey allows from this state, in journey order. */
  public static Set<CaseEventType> allowedFrom(CaseState state) {
    return Collections.unmodifiableSet(NEXT.get(state).keySet());
  }
}
