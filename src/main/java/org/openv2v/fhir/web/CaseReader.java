package org.openv2v.fhir.web;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Resource;
import org.openv2v.fhir.internal.CaseData;
import org.openv2v.fhir.internal.CaseResources;
import org.openv2v.fhir.internal.CaseSources;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.Role;
import org.springframework.stereotype.Component;

/** What the resource providers share: the caller, their access rules and the case as resources. */
@Component
@RequiredArgsConstructor
class CaseReader {

  private final CaseSources sources;
  private final CurrentActor actors;
  private final ZoneId zone;

  Actor actor() {
    return actors.get();
  }

  /** Patient resources are for those who see identity; manufacturers and couriers never do. */
  Actor identityReader() {
    Actor actor = actor();
    if (!actor.role().seesPatientIdentity() || !actor.role().worksOnCases()) {
      throw new ForbiddenOperationException(
          "A " + actor.role() + " does not receive Patient resources");
    }
    return actor;
  }

  /** Safety data (observations, adverse events, follow-up) is for clinical staff and auditors. */
  Actor safetyReader() {
    Actor actor = actor();
    if (!actor.is(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE, Role.AUDITOR)) {
      throw new ForbiddenOperationException(
          "A " + actor.role() + " has no access to clinical safety data");
    }
    return actor;
  }

  /** The resources of one case the actor may see. */
  List<Resource> ofCase(UUID caseId, Actor actor, String interaction) {
    return CaseResources.of(sources.read(caseId, actor, interaction), zone);
  }

  List<Resource> of(CaseData data) {
    return CaseResources.of(data, zone);
  }

  /** The cases a text finds, as resources. */
  List<List<Resource>> search(String text, Actor actor) {
    return sources.search(text, actor, "SEARCH").stream().map(this::of).toList();
  }

  /** One resource by type and id, or 404. */
  <T extends Resource> T read(Class<T> type, IIdType id, Actor actor) {
    String wanted = id.getIdPart();
    UUID caseId =
        CaseResources.caseIdOf(wanted).orElseThrow(() -> new ResourceNotFoundException(id));
    return ofCase(caseId, actor, "READ").stream()
        .filter(type::isInstance)
        .filter(resource -> resource.getIdElement().getIdPart().equals(wanted))
        .map(type::cast)
        .findFirst()
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }
}
