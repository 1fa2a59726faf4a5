package org.openv2v.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every resource the FHIR API emits for every demo case, as the auditor (who sees everything) and
 * as the manufacturer (who sees the least) receive it, validates against the R4 base definitions.
 */
@IntegrationTest
class FhirValidationTests {

  static final FhirContext FHIR = FhirContext.forR4Cached();
  static FhirValidator validator;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void validator() {
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(FHIR),
            new CrossVersionPaths(FHIR),
            new CommonCodeSystemsTerminologyService(FHIR),
            new InMemoryTerminologyServerValidationSupport(FHIR),
            new SnapshotGeneratingValidationSupport(FHIR),
            new UnknownCodeSystemWarningValidationSupport(FHIR));
    validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
  }

  @Test
  void every_resource_of_every_demo_case_validates_against_r4() {
    List<String> cases =
        jdbc.sql("select id::text from cases.patient_case order by reference")
            .query(String.class)
            .list();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
    Set<String> types = new TreeSet<>();
    List<String> errors = new java.util.ArrayList<>();
    for (String user : List.of("auditor", "manufacturer")) {
      IGenericClient client = FhirClients.of(port, user);
      for (String caseId : cases) {
        Bundle everything;
        try {
          everything =
              client
                  .operation()
                  .onInstance("ServiceRequest/" + caseId)
                  .named("$everything")
                  .withNoParameters(org.hl7.fhir.r4.model.Parameters.class)
                  .returnResourceType(Bundle.class)
                  .execute();
        } catch (ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException notTheirs) {
          continue; // the manufacturer sees only the cases of its facility
        }
        for (Bundle.BundleEntryComponent entry : everything.getEntry()) {
          Resource resource = entry.getResource();
          types.add(resource.fhirType());
          for (SingleValidationMessage message :
              validator.validateWithResult(resource).getMessages()) {
            if (message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
              errors.add(
                  user
                      + " "
                      + resource.fhirType()
                      + "/"
                      + resource.getIdElement().getIdPart()
                      + " "
                      + message.getLocationString()
                      + ": "
                      + message.getMessage());
            }
          }
        }
      }
    }
    assertThat(errors).isEmpty();
    assertThat(types)
        .contains(
            "Patient",
            "ServiceRequest",
            "BiologicallyDerivedProduct",
            "Procedure",
            "Observation",
            "AdverseEvent",
            "CarePlan",
            "Provenance");
  }
}
