package org.openv2v.fhir.web;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.openv2v.fhir.internal.CaseResources;
import org.openv2v.fhir.internal.Systems;
import org.openv2v.security.Actor;
import org.springframework.stereotype.Component;

/** The patient of a case, for those who may see identity; one Patient per case. */
@Component
class PatientProvider extends CaseResourceProvider<Patient> {

  PatientProvider(CaseReader reader) {
    super(reader, Patient.class, id -> reader.identityReader());
  }

  /** By medical record number: {@code identifier=[system|]mrn}, the system per treatment centre. */
  @Search
  public List<Patient> byIdentifier(@RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam token) {
    Actor actor = reader.identityReader();
    String value = token.getValue() == null ? "" : token.getValue().strip();
    if (value.isEmpty()) {
      return List.of();
    }
    return reader.search(value, actor).stream()
        .flatMap(List::stream)
        .filter(Patient.class::isInstance)
        .map(Patient.class::cast)
        .filter(patient -> patient.getIdentifier().stream().anyMatch(i -> matches(i, token)))
        .toList();
  }

  @Operation(name = "$everything", idempotent = true)
  public Bundle everything(@IdParam IdType id, RequestDetails request) {
    Actor actor = reader.identityReader();
    List<Resource> resources =
        reader.ofCase(
            CaseResources.caseIdOf(id.getIdPart())
                .orElseThrow(
                    () -> new ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException(id)),
            actor,
            "EVERYTHING");
    return Bundles.searchset(request.getFhirServerBase(), resources);
  }

  private static boolean matches(Identifier identifier, TokenParam token) {
    boolean systemMatches =
        token.getSystem() == null
            || token.getSystem().isEmpty()
            || token.getSystem().equals(identifier.getSystem())
            || token.getSystem().equals(Systems.MRN);
    return systemMatches && token.getValue().strip().equalsIgnoreCase(identifier.getValue());
  }
}
