package org.openv2v.custody;

import static org.openv2v.security.Role.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openv2v.cases.CaseView;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;

/**
 * Who may sign for which step: the people who do it (21 CFR 11.10(g), authority checks). Auditors
 * and administrators never handle the cells; witnesses come from the same staff.
 */
final class SigningPolicy {

  private static final Map<CustodyStep, Set<Role>> SIGNERS = new EnumMap<>(CustodyStep.class);
  private static final Set<Role> WITNESSES =
      EnumSet.of(COORDINATOR, PHYSICIAN, NURSE, MANUFACTURER, COURIER);

  static {
    allow(CustodyStep.COLLECTED, NURSE, PHYSICIAN, COORDINATOR);
    allow(CustodyStep.PACKED, NURSE, PHYSICIAN, COORDINATOR, MANUFACTURER);
    allow(CustodyStep.HANDED_TO_COURIER, NURSE, PHYSICIAN, COORDINATOR, MANUFACTURER, COURIER);
    allow(CustodyStep.RECEIVED_BY_MANUFACTURER, MANUFACTURER);
    allow(CustodyStep.RELEASED, MANUFACTURER);
    allow(CustodyStep.SHIPPED, MANUFACTURER, COURIER);
    allow(CustodyStep.RECEIVED_AT_SITE, COORDINATOR, NURSE, PHYSICIAN);
    allow(CustodyStep.STORED, COORDINATOR, NURSE, PHYSICIAN);
    allow(CustodyStep.THAWED, NURSE, PHYSICIAN);
    allow(CustodyStep.INFUSED, NURSE, PHYSICIAN);
    // Recorded by the platform from logger data (Custody.observe), never signed by a person.
    SIGNERS.put(CustodyStep.EXCURSION_OBSERVED, EnumSet.noneOf(Role.class));
  }

  private SigningPolicy() {}

  private static void allow(CustodyStep step, Role... roles) {
    SIGNERS.put(step, EnumSet.of(roles[0], roles));
  }

  static boolean maySign(Role role, CustodyStep step) {
    return SIGNERS.get(step).contains(role);
  }

  static Set<Role> signersOf(CustodyStep step) {
    return Set.copyOf(SIGNERS.get(step));
  }

  /**
   * Refuses a signature the actor may not give: a step only the platform records, a step of another
   * role, a site the actor does not work at, or a site that takes no part in the case.
   */
  static void requireSigner(NewCustodyEvent event, CaseView view, Actor actor) {
    if (signersOf(event.step()).isEmpty()) {
      throw CustodyRefusals.platformStep(event.step());
    }
    if (!maySign(actor.role(), event.step())) {
      throw CustodyRefusals.signerRole(event.step(), actor.role());
    }
    if (!actor.worksAt(event.siteId())) {
      throw CustodyRefusals.notYourSite(event.siteId());
    }
    if (!new TreeSet<>(view.participants()).contains(event.siteId())) {
      throw CustodyRefusals.siteNotInCase(event.siteId(), view.reference(), view.participants());
    }
  }

  static boolean mayWitness(Role role) {
    return WITNESSES.contains(role);
  }
}
