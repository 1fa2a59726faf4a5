package org.openv2v.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
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
  void every_resource_of_every_demo_case_validates_against_r4() throws Exception {
    List<String> cases =
        jdbc.sql("select id::text from cases.patient_case order by reference")
            .query(String.class)
            .list();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
    Set<String> types = new TreeSet<>();
    // The first validation loads the R4 definitions every later one reads: meanwhile, fetch.
    CompletableFuture<?> definitions =
        CompletableFuture.runAsync(() -> validator.validateWithResult(new Patient()));
    // By content: a resource that several cases or both users receive alike validates the same.
    Map<String, Received> received = new LinkedHashMap<>();
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
          received.putIfAbsent(
              FHIR.newJsonParser().encodeResourceToString(resource), new Received(user, resource));
        }
      }
    }
    definitions.join();
    assertThat(errors(List.copyOf(received.values()))).isEmpty();
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

  record Received(String user, Resource resource) {}

  /**
   * The errors of each resource validated on its own. HAPI builds a new instance validator for
   * every call (it reads a 1.5 MB OID registry each time), so the calls share the cores.
   */
  static List<String> errors(List<Received> received) throws Exception {
    List<String> errors = new ArrayList<>();
    ExecutorService cores =
        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Callable<List<String>>> calls = new ArrayList<>();
      received.forEach(one -> calls.add(() -> errorsOf(one)));
      for (Future<List<String>> call : cores.invokeAll(calls)) {
        errors.addAll(call.get());
      }
    } finally {
      cores.shutdown();
    }
    return errors;
  }

  static List<String> errorsOf(Received one) {
    Resource resource = one.resource();
    List<String> errors = new ArrayList<>();
    for (SingleValidationMessage message : validator.validateWithResult(resource).getMessages()) {
      if (message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
        errors.add(
            one.user()
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
    return errors;
  }
}
