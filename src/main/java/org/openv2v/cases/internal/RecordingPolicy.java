package org.openv2v.cases.internal;

import static org.openv2v.security.Role.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.security.Role;

/**
 * Who may record which event: each step belongs to the people who do it. Clinical decisions stay
 * with physicians; manufacturers and couriers record only their own part of the chain.
 */
public final class RecordingPolicy {

  private static final Map<CaseEventType, Set<Role>> RECORDERS = new EnumMap<>(CaseEventType.class);

  static {
    allow(CaseEventType.REFERRED, COORDINATOR, PHYSICIAN);
    allow(CaseEventType.ELIGIBILITY_CONFIRMED, PHYSICIAN);
    allow(CaseEventType.PAYER_APPROVED, COORDINATOR);
    allow(CaseEventType.APHERESIS_SCHEDULED, COORDINATOR);
    allow(CaseEventType.APHERESIS_COLLECTED, NURSE, PHYSICIAN, COORDINATOR);
    allow(CaseEventType.SHIPPED_TO_MANUFACTURER, COURIER, COORDINATOR);
    allow(CaseEventType.MANUFACTURING_STARTED, MANUFACTURER);
    allow(CaseEventType.PRODUCT_RELEASED, MANUFACTURER);
    allow(CaseEventType.MANUFACTURING_FAILED, MANUFACTURER);
    allow(CaseEventType.OUT_OF_SPEC_ACCEPTED, PHYSICIAN);
    allow(CaseEventType.SHIPPED_TO_SITE, COURIER, MANUFACTURER);
    allow(CaseEventType.RECEIVED_AT_SITE, COORDINATOR, NURSE);
    allow(CaseEventType.LYMPHODEPLETION_STARTED, PHYSICIAN, NURSE);
    allow(CaseEventType.INFUSED, PHYSICIAN, NURSE);
    allow(CaseEventType.MONITORING_STARTED, PHYSICIAN, NURSE, COORDINATOR);
    allow(CaseEventType.FOLLOW_UP_STARTED, PHYSICIAN, NURSE, COORDINATOR);
    allow(CaseEventType.CLOSED, PHYSICIAN, COORDINATOR);
    allow(CaseEventType.WITHDRAWN, PHYSICIAN, COORDINATOR);
  }

  private RecordingPolicy() {}

  private static void allow(CaseEventType type, Role... roles) {
    RECORDERS.put(type, EnumSet.of(roles[0], roles));
  }

  public static boolean mayRecord(Role role, CaseEventType type) {
    return RECORDERS.get(type).contains(role);
  }

  public static Set<Role> recordersOf(CaseEventType type) {
    return Set.copyOf(RECORDERS.get(type));
  }
}
