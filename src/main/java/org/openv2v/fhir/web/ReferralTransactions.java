package org.openv2v.fhir.web;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import lombok.RequiredArgsConstructor;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.openv2v.fhir.internal.ReferralImport;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.springframework.stereotype.Component;

/**
 * {@code POST /fhir} with a transaction bundle: a referral from the hospital record. The answer is
 * a transaction-response naming the case's Patient and ServiceRequest; a resend of the same bundle
 * identifier answers 200 with the same case.
 */
@Component
@RequiredArgsConstructor
class ReferralTransactions {

  private final ReferralImport referrals;
  private final CaseReader reader;

  @Transaction
  public Bundle transaction(@TransactionParam Bundle bundle) {
    Actor actor = reader.actor();
    // The role is checked before the bundle is read, as for POST /api/v1/cases.
    if (!actor.is(Role.COORDINATOR, Role.PHYSICIAN)) {
      throw new ForbiddenOperationException("A " + actor.role() + " cannot refer patients");
    }
    ReferralImport.Outcome outcome = referrals.refer(bundle, actor);
    String status = outcome.replayed() ? "200 OK" : "201 Created";
    Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      Resource resource = entry.getResource();
      String location =
          switch (resource == null ? "" : resource.fhirType()) {
            case "Patient", "ServiceRequest" -> resource.fhirType() + "/" + outcome.caseId();
            case "Observation" -> "Observation/" + outcome.caseId() + "-" + measure(resource);
            default -> null;
          };
      response.addEntry().getResponse().setStatus(status).setLocation(location);
    }
    return response;
  }

  private static String measure(Resource observation) {
    return ((org.hl7.fhir.r4.model.Observation) observation)
            .getCode().getCoding().stream().anyMatch(c -> "8302-2".equals(c.getCode()))
        ? "height"
        : "weight";
  }
}
