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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
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
  static CompletableFuture<?> definitions;

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
    // The first validation loads the R4 definitions, value sets and model every later one reads,
    // which takes seconds: meanwhile, the application starts.
    definitions =
        CompletableFuture.runAsync(
            () -> {
              try {
                findings(List.of(new Received("nobody", observation("o0"))));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
  }

  @Test
  void every_resource_of_every_demo_case_validates_against_r4() throws Exception {
    List<String> cases =
        jdbc.sql("select id::text from cases.patient_case order by reference")
            .query(String.class)
            .list();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
    Set<String> types = new TreeSet<>();
    Map<String, Received> received = new LinkedHashMap<>();
    // The cases' resources, fetched a few at a time as the server's wait for the database
    // overlaps.
    List<Future<List<Received>>> fetches = new ArrayList<>();
    ExecutorService requests = Executors.newFixedThreadPool(4);
    try {
      for (String user : List.of("auditor", "manufacturer")) {
        IGenericClient client = FhirClients.of(port, user);
        for (String caseId : cases) {
          fetches.add(requests.submit(() -> everything(client, user, caseId)));
        }
      }
      // By content: a resource that several cases or both users receive alike validates the same.
      for (Future<List<Received>> fetch : fetches) {
        for (Received one : fetch.get()) {
          types.add(one.resource().fhirType());
          received.putIfAbsent(FHIR.newJsonParser().encodeResourceToString(one.resource()), one);
        }
      }
    } finally {
      requests.shutdown();
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

  /** What the user receives of the case's $everything, none if the case is not theirs. */
  static List<Received> everything(IGenericClient client, String user, String caseId) {
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
      return List.of(); // the manufacturer sees only the cases of its facility
    }
    return everything.getEntry().stream()
        .map(entry -> new Received(user, entry.getResource()))
        .toList();
  }

  /**
   * A broken resource among valid ones fails the check, named by its user, type, id, location and
   * text, wherever it lands in the batches: two Observations share an id, so they go in two.
   */
  @Test
  void a_broken_resource_is_reported_with_its_user_and_identity() throws Exception {
    Patient patient = new Patient();
    patient.setId("p1");
    Observation withoutStatus = observation("o1");
    withoutStatus.setStatus(null);
    Observation withoutCode = observation("o1");
    withoutCode.setCode(null);
    List<Received> received =
        List.of(
            new Received("auditor", patient),
            new Received("auditor", observation("o0")),
            new Received("auditor", withoutStatus),
            new Received("manufacturer", withoutCode));
    definitions.join();
    String definition = " (from http://hl7.org/fhir/StructureDefinition/Observation|4.0.1)";
    assertThat(errors(received))
        .containsExactlyInAnyOrder(
            "auditor Observation/o1 Observation: Observation.status: minimum required = 1, but"
                + " only found 0"
                + definition,
            "manufacturer Observation/o1 Observation: Observation.code: minimum required = 1, but"
                + " only found 0"
                + definition);
  }

  static Observation observation(String id) {
    Observation observation = new Observation();
    observation.setId(id);
    observation.setStatus(Observation.ObservationStatus.FINAL);
    observation.getCode().setText("body weight");
    observation.getSubject().setReference("Patient/p1");
    return observation;
  }

  record Received(String user, Resource resource) {}

  /** One message of a validation, located in the resource it is about. */
  record Finding(Received about, ResultSeverityEnum severity, String location, String text) {}

  /** How many resources a validation reads at once: see {@link #findings}. */
  static final int BATCH = 50;

  static final String BASE = "https://openv2v.test/fhir/";

  private static final Pattern ENTRY =
      Pattern.compile("^Bundle\\.entry\\[(\\d+)\\]\\.resource(/\\*[^*]*\\*/)?");

  /**
   * Everything the validator says of each resource. HAPI builds a new instance validator for every
   * call, which reads a 1.5 MB OID registry (about 70% of the time when each resource was a call of
   * its own), so the resources go by {@value #BATCH} as the entries of a collection Bundle, and the
   * batches share the cores. Each message under an entry is given back to its resource, with its
   * location (and any mention of it in the text) as if the resource had been validated alone; a
   * message about the Bundle itself stays about the whole batch.
   */
  static List<Finding> findings(List<Received> received) throws Exception {
    // An entry's fullUrl is its resource's RESTful identity, which a batch holds once only.
    List<Map<String, Received>> batches = new ArrayList<>();
    for (Received one : received) {
      String identity = BASE + one.resource().fhirType() + "/" + one.resource().getIdPart();
      Map<String, Received> batch =
          batches.stream()
              .filter(some -> some.size() < BATCH && !some.containsKey(identity))
              .findFirst()
              .orElseGet(
                  () -> {
                    batches.add(new LinkedHashMap<>());
                    return batches.get(batches.size() - 1);
                  });
      batch.put(identity, one);
    }
    List<Callable<List<Finding>>> calls = new ArrayList<>();
    batches.forEach(batch -> calls.add(() -> findingsOf(batch)));
    List<Finding> findings = new ArrayList<>();
    ExecutorService cores =
        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      for (Future<List<Finding>> call : cores.invokeAll(calls)) {
        findings.addAll(call.get());
      }
    } finally {
      cores.shutdown();
    }
    return findings;
  }

  static List<Finding> findingsOf(Map<String, Received> identities) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    identities.forEach(
        (identity, one) -> bundle.addEntry().setFullUrl(identity).setResource(one.resource()));
    List<Received> batch = List.copyOf(identities.values());
    List<Finding> findings = new ArrayList<>();
    for (SingleValidationMessage message : validator.validateWithResult(bundle).getMessages()) {
      String location = String.valueOf(message.getLocationString());
      Matcher entry = ENTRY.matcher(location);
      if (!entry.find()) {
        Received whole = new Received("batch of " + batch.size(), bundle);
        findings.add(new Finding(whole, message.getSeverity(), location, message.getMessage()));
        continue;
      }
      Received about = batch.get(Integer.parseInt(entry.group(1)));
      String type = about.resource().fhirType();
      String prefix = entry.group();
      String alone = type + location.substring(prefix.length());
      String text = message.getMessage().replace(prefix, type);
      findings.add(new Finding(about, message.getSeverity(), alone, text));
    }
    return findings;
  }

  /** The findings of ERROR or worse, each naming the user, the resource, the location and text. */
  static List<String> errors(List<Received> received) throws Exception {
    List<String> errors = new ArrayList<>();
    for (Finding finding : findings(received)) {
      if (finding.severity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
        Resource resource = finding.about().resource();
        errors.add(
            finding.about().user()
                + " "
                + resource.fhirType()
                + "/"
                + resource.getIdElement().getIdPart()
                + " "
                + finding.location()
                + ": "
                + finding.text());
      }
    }
    return errors;
  }
}
