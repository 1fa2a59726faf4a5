package org.openv2v.safety;

import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * Reads a case for the safety work on it: through {@link Cases#find} (audited, site-checked), and
 * only for the clinical roles; manufacturers and couriers never reach safety data.
 */
@Component
@RequiredArgsConstructor
class CaseAccess {

  private final Cases cases;

  /** The case, for a reader: clinical staff and auditors of its sites. */
  CaseView read(UUID caseId, Actor actor) {
    if (!actor.is(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE, Role.AUDITOR)) {
      throw Refusal.forbidden("A " + actor.role() + " has no access to clinical safety data")
          .withWords("refusal.safety.role", actor.role());
    }
    return cases.find(caseId, actor);
  }

  /** The case, for a writer working at its treatment centre with one of the roles named. */
  CaseView write(UUID caseId, Actor actor, Role... roles) {
    if (!actor.is(roles)) {
      throw Refusal.forbidden(
              "This is recorded by " + List.of(roles) + ", not by a " + actor.role())
          .withWords("refusal.safety.recorder", List.of(roles), actor.role());
    }
    CaseView found = cases.find(caseId, actor);
    if (!actor.worksAt(found.treatmentCentreId())) {
      throw Refusal.forbidden("You do not work at " + found.treatmentCentreId())
          .withWords("refusal.site.notYours", found.treatmentCentreId());
    }
    return found;
  }
}
