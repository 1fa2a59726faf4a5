package org.openv2v.fhir.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.audit.AuditTrail;
import org.openv2v.cases.CaseQuery;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.custody.CustodyLedger;
import org.openv2v.network.Network;
import org.openv2v.safety.Assessments;
import org.openv2v.safety.FollowUps;
import org.openv2v.safety.Lymphodepletions;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a case for the FHIR API through the modules that own its parts. {@link Cases} checks role
 * and site and audits the read; this class adds one audit record naming the FHIR interaction, so
 * that the audit trail tells an EHR's read from a page view.
 */
@Service
@RequiredArgsConstructor
public class CaseSources {

  private final Cases cases;
  private final CustodyLedger custody;
  private final Assessments assessments;
  private final Lymphodepletions lymphodepletions;
  private final FollowUps followUps;
  private final Network network;
  private final AuditTrail audit;

  /** One case as the actor may see it; absent and invisible cases are both "not found". */
  @Transactional
  public CaseData read(UUID caseId, Actor actor, String interaction) {
    requireCaseWork(actor);
    CaseView view = cases.find(caseId, actor);
    audit.patientDataRead(
        actor, "FHIR_" + interaction, List.of(caseId), actor.role().seesPatientIdentity());
    return gather(view, actor);
  }

  /** The cases a search text finds (DIN, reference, or for identity roles the MRN), read whole. */
  @Transactional
  public List<CaseData> search(String text, Actor actor, String interaction) {
    requireCaseWork(actor);
    List<CaseView> found =
        cases.list(
            new CaseQuery(Optional.empty(), Optional.empty(), Optional.of(text), 0, 200), actor);
    return gathered(found, actor, interaction);
  }

  /** Every case the actor may see, for bulk export. */
  @Transactional
  public List<CaseData> all(Actor actor, String interaction) {
    requireCaseWork(actor);
    List<CaseView> found = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<CaseView> batch =
          cases.list(
              new CaseQuery(
                  Optional.empty(), Optional.empty(), Optional.empty(), page, CaseQuery.MAX_SIZE),
              actor);
      found.addAll(batch);
      if (batch.size() < CaseQuery.MAX_SIZE) {
        break;
      }
    }
    return gathered(found, actor, interaction);
  }

  /** The cases' data, their reading recorded in the audit trail first. */
  private List<CaseData> gathered(List<CaseView> found, Actor actor, String interaction) {
    if (!found.isEmpty()) {
      audit.patientDataRead(
          actor,
          "FHIR_" + interaction,
          found.stream().map(CaseView::id).toList(),
          actor.role().seesPatientIdentity());
    }
    return found.stream().map(view -> gather(view, actor)).toList();
  }

  private CaseData gather(CaseView view, Actor actor) {
    // Manufacturers and couriers never reach safety data (the safety module refuses them).
    boolean safety = actor.is(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE, Role.AUDITOR);
    UUID id = view.id();
    return new CaseData(
        view,
        cases.timeline(id, actor).events(),
        network.product(view.productCode()),
        custody.records(id),
        safety ? assessments.series(id, actor).assessments() : List.of(),
        safety ? lymphodepletions.of(id, actor) : List.of(),
        safety ? followUps.schedule(id, actor) : List.of(),
        actor.role().seesPatientIdentity(),
        safety);
  }

  private static void requireCaseWork(Actor actor) {
    if (!actor.role().worksOnCases()) {
      throw Refusal.forbidden("A " + actor.role() + " does not read patients' cases")
          .withWords("refusal.fhir.caseRole", actor.role());
    }
  }
}
