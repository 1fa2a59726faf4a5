package org.openv2v.fhir.web;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.openv2v.fhir.internal.CaseResources;
import org.openv2v.shared.Refusal;
import org.springframework.stereotype.Component;

/** The therapy order: one ServiceRequest per case, with the case id as its id. */
@Component
class ServiceRequestProvider extends CaseResourceProvider<ServiceRequest> {

  ServiceRequestProvider(CaseReader reader) {
    super(reader, ServiceRequest.class, id -> reader.actor());
  }

  /** The order of a patient: Patient ids are case ids, so this is at most one order. */
  @Search
  public List<ServiceRequest> byPatient(
      @RequiredParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient) {
    var actor = reader.actor();
    Optional<UUID> caseId = CaseResources.caseIdOf(patient.getIdPart());
    if (caseId.isEmpty()) {
      return List.of();
    }
    try {
      return reader.ofCase(caseId.get(), actor, "SEARCH").stream()
          .filter(ServiceRequest.class::isInstance)
          .map(ServiceRequest.class::cast)
          .toList();
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
        return List.of();
      }
      throw refusal;
    }
  }

  /** Every resource of the case that the caller may see; no Patient for those who may not. */
  @Operation(name = "$everything", idempotent = true)
  public Bundle everything(@IdParam IdType id, RequestDetails request) {
    var actor = reader.actor();
    return Bundles.searchset(
        request.getFhirServerBase(),
        reader.ofCase(
            CaseResources.caseIdOf(id.getIdPart())
                .orElseThrow(() -> new ResourceNotFoundException(id)),
            actor,
            "EVERYTHING"));
  }
}
