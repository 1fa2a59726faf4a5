package org.openv2v.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openv2v.IntegrationTest;
import org.openv2v.fhir.internal.Systems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A referral from the hospital record as a FHIR transaction bundle opens a case as POST
 * /api/v1/cases does, once per bundle identifier; a bad bundle is refused naming the problem, and
 * nothing is stored.
 */
@IntegrationTest
class FhirReferralTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  static Bundle referral(String bundleId, String mrn) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(bundleId));
    Patient patient = new Patient();
    patient.addName().setText("Test Referral Patient");
    patient.getBirthDateElement().setValueAsString("1961-05-02");
    patient.setGender(Enumerations.AdministrativeGender.FEMALE);
    patient.addIdentifier().setSystem(Systems.MRN + "/KR-SNUH").setValue(mrn);
    ServiceRequest order = new ServiceRequest();
    order.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
    order.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    order.getCode().addCoding(new Coding(Systems.PRODUCT, "tisa-cel", null));
    order.addReasonCode().addCoding(new Coding(Systems.INDICATION, "DLBCL", null));
    order.addPerformer(
        new Reference()
            .setIdentifier(new Identifier().setSystem(Systems.SITE).setValue("KR-SNUH")));
    order.setSubject(new Reference("urn:uuid:patient"));
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:patient")
        .setResource(patient)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Patient");
    bundle
        .addEntry()
        .setResource(order)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("ServiceRequest");
    bundle
        .addEntry()
        .setResource(measure("29463-7", "64.5", "kg"))
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Observation");
    bundle
        .addEntry()
        .setResource(measure("8302-2", "161", "cm"))
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Observation");
    return bundle;
  }

  static Observation measure(String loinc, String value, String unit) {
    Observation observation = new Observation();
    observation.setStatus(Observation.ObservationStatus.FINAL);
    observation.getCode().addCoding(new Coding(Systems.LOINC, loinc, null));
    observation.setValue(
        new Quantity()
            .setValue(new BigDecimal(value))
            .setSystem(Systems.UCUM)
            .setCode(unit)
            .setUnit(unit));
    observation.setSubject(new Reference("urn:uuid:patient"));
    return observation;
  }

  private IGenericClient as(String user) {
    return FhirClients.of(port, user);
  }

  private static String newMrn() {
    return "FH" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private int cases(String mrn) {
    return jdbc.sql("select count(*) from cases.patient_case where mrn = ?")
        .param(mrn)
        .query(Integer.class)
        .single();
  }

  @Test
  void should_open_a_case_as_the_rest_api_does_and_only_once_per_bundle_identifier() {
    String mrn = newMrn();
    String bundleId = "urn:uuid:" + UUID.randomUUID();
    Bundle response = as("coordinator").transaction().withBundle(referral(bundleId, mrn)).execute();
    assertThat(response.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
    assertThat(response.getEntryFirstRep().getResponse().getStatus()).isEqualTo("201 Created");
    String caseId = response.getEntryFirstRep().getResponse().getLocation().replace("Patient/", "");
    Map<String, Object> opened =
        jdbc.sql(
                "select state, patient_name, birth_date::text as birth, sex, weight_kg, height_cm,"
                    + " product_code, indication, treatment_centre_id, apheresis_site_id,"
                    + " manufacturing_site_id, din from cases.patient_case where id = ?::uuid")
            .param(caseId)
            .query()
            .singleRow();
    assertThat(opened)
        .containsEntry("state", "REFERRED")
        .containsEntry("patient_name", "Test Referral Patient")
        .containsEntry("birth", "1961-05-02")
        .containsEntry("sex", "FEMALE")
        .containsEntry("product_code", "tisa-cel")
        .containsEntry("indication", "DLBCL")
        .containsEntry("treatment_centre_id", "KR-SNUH")
        .containsEntry("apheresis_site_id", "KR-SNUH")
        .containsEntry("manufacturing_site_id", "US-NVS-MP");
    assertThat((BigDecimal) opened.get("weight_kg")).isEqualByComparingTo("64.5");
    assertThat((String) opened.get("din")).matches("A9999\\d{8}");

    Bundle again = as("coordinator").transaction().withBundle(referral(bundleId, mrn)).execute();
    assertThat(again.getEntryFirstRep().getResponse().getStatus()).isEqualTo("200 OK");
    assertThat(again.getEntryFirstRep().getResponse().getLocation()).isEqualTo("Patient/" + caseId);
    assertThat(cases(mrn)).isEqualTo(1);

    Bundle changed = referral(bundleId, mrn);
    ((Patient) changed.getEntryFirstRep().getResource()).getNameFirstRep().setText("Someone Else");
    assertThat(refusal(() -> as("coordinator").transaction().withBundle(changed).execute()))
        .satisfies(e -> assertThat(e.getStatusCode()).isEqualTo(409));
  }

  static Stream<Arguments> badBundles() {
    return Stream.of(
        bad("no identifier", b -> b.setIdentifier(null), 400, "Bundle.identifier"),
        bad("a batch", b -> b.setType(Bundle.BundleType.BATCH), 400, "Bundle.type"),
        bad("no patient", b -> b.getEntry().remove(0), 400, "Patient"),
        bad(
            "an unknown product",
            b -> order(b).getCode().getCodingFirstRep().setCode("abc-cel"),
            400,
            "productCode"),
        bad(
            "an indication not labelled",
            b -> order(b).getReasonCodeFirstRep().getCodingFirstRep().setCode("CLL"),
            400,
            "indication"),
        bad(
            "no treatment centre",
            b -> order(b).getPerformer().clear(),
            400,
            "ServiceRequest.performer"),
        bad(
            "a manufacturer as centre",
            b -> order(b).getPerformerFirstRep().getIdentifier().setValue("US-NVS-MP"),
            400,
            "treatmentCentreId"),
        bad("no weight", b -> b.getEntry().remove(2), 400, "29463-7"),
        bad(
            "weight in pounds",
            b ->
                ((Observation) b.getEntry().get(2).getResource())
                    .getValueQuantity()
                    .setCode("[lb_av]"),
            400,
            "kg"),
        bad(
            "a birth date to come",
            b ->
                ((Patient) b.getEntryFirstRep().getResource())
                    .getBirthDateElement()
                    .setValueAsString("2199-01-01"),
            400,
            "birthDate"),
        bad(
            "a record number with spaces",
            b ->
                ((Patient) b.getEntryFirstRep().getResource())
                    .getIdentifierFirstRep()
                    .setValue("A B"),
            400,
            "mrn"),
        bad(
            "a medication",
            b ->
                b.addEntry()
                    .setResource(
                        new org.hl7.fhir.r4.model.Medication()
                            .setCode(
                                new org.hl7.fhir.r4.model.CodeableConcept()
                                    .setText("tocilizumab"))),
            400,
            "Medication"));
  }

  private static ServiceRequest order(Bundle bundle) {
    return (ServiceRequest) bundle.getEntry().get(1).getResource();
  }

  private static Arguments bad(String what, Consumer<Bundle> spoil, int status, String named) {
    return Arguments.of(what, spoil, status, named);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBundles")
  void should_refuse_a_bad_bundle_naming_the_problem_and_store_nothing(
      String what, Consumer<Bundle> spoil, int status, String named) {
    String mrn = newMrn();
    String bundleId = "urn:uuid:" + UUID.randomUUID();
    Bundle bundle = referral(bundleId, mrn);
    spoil.accept(bundle);
    BaseServerResponseException refused =
        refusal(() -> as("physician").transaction().withBundle(bundle).execute());
    assertThat(refused.getStatusCode()).isEqualTo(status);
    OperationOutcome outcome = (OperationOutcome) refused.getOperationOutcome();
    assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains(named);
    assertThat(cases(mrn)).isZero();
    assertThat(
            jdbc.sql("select count(*) from fhir.referral_bundle where identifier_value = ?")
                .param(bundleId)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void should_refuse_referrals_from_those_who_do_not_refer() {
    for (String user : new String[] {"nurse", "manufacturer", "courier", "auditor"}) {
      String mrn = newMrn();
      assertThat(
              refusal(
                      () ->
                          as(user)
                              .transaction()
                              .withBundle(referral("urn:uuid:" + UUID.randomUUID(), mrn))
                              .execute())
                  .getStatusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(cases(mrn)).isZero();
    }
  }

  @Test
  void should_import_an_exported_case_as_the_same_case_data() {
    String closed =
        jdbc.sql(
                "select id::text from cases.patient_case where treatment_centre_id = 'KR-SMC'"
                    + " and state = 'CLOSED' order by referred_at limit 1")
            .query(String.class)
            .single();
    Bundle everything =
        as("coordinator")
            .operation()
            .onInstance("ServiceRequest/" + closed)
            .named("$everything")
            .withNoParameters(Parameters.class)
            .returnResourceType(Bundle.class)
            .execute();
    Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    transaction.setIdentifier(new Identifier().setValue("round-trip-" + UUID.randomUUID()));
    for (Bundle.BundleEntryComponent entry : everything.getEntry()) {
      Resource resource = entry.getResource();
      boolean measure =
          resource instanceof Observation o
              && o.getCode().getCoding().stream()
                  .anyMatch(
                      c ->
                          Systems.LOINC.equals(c.getSystem())
                              && (c.getCode().equals("29463-7") || c.getCode().equals("8302-2")));
      if (resource instanceof Patient || resource instanceof ServiceRequest || measure) {
        transaction
            .addEntry()
            .setResource(resource)
            .getRequest()
            .setMethod(Bundle.HTTPVerb.POST)
            .setUrl(resource.fhirType());
      }
    }
    Bundle response = as("coordinator").transaction().withBundle(transaction).execute();
    String imported =
        response.getEntryFirstRep().getResponse().getLocation().replace("Patient/", "");
    assertThat(imported).isNotEqualTo(closed);
    String columns =
        "patient_name, birth_date, sex, weight_kg, height_cm, mrn, product_code, indication,"
            + " treatment_centre_id, apheresis_site_id, manufacturing_site_id, referred_at";
    Map<String, Object> original = row(columns, closed);
    Map<String, Object> copy = row(columns, imported);
    assertThat(copy).isEqualTo(original);
  }

  private Map<String, Object> row(String columns, String id) {
    Map<String, Object> row =
        new java.util.HashMap<>(
            jdbc.sql("select " + columns + " from cases.patient_case where id = ?::uuid")
                .param(id)
                .query()
                .singleRow());
    // FHIR dateTime carries milliseconds; the database keeps microseconds.
    row.put(
        "referred_at",
        ((java.sql.Timestamp) row.get("referred_at")).toInstant().truncatedTo(ChronoUnit.MILLIS));
    row.put("weight_kg", ((BigDecimal) row.get("weight_kg")).stripTrailingZeros());
    row.put("height_cm", ((BigDecimal) row.get("height_cm")).stripTrailingZeros());
    return row;
  }

  private static BaseServerResponseException refusal(Runnable call) {
    try {
      call.run();
    } catch (BaseServerResponseException refused) {
      return refused;
    }
    throw new AssertionError("expected a refusal");
  }
}
