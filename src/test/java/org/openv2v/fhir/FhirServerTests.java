package org.openv2v.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.fhir.internal.Systems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** HAPI's generic client, as a hospital system would use it, reads and searches the server. */
@IntegrationTest
class FhirServerTests {

  /** R4 defines no search parameter on BiologicallyDerivedProduct; the server adds this one. */
  static final ca.uhn.fhir.rest.gclient.TokenClientParam PRODUCT_IDENTIFIER =
      new ca.uhn.fhir.rest.gclient.TokenClientParam("identifier");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private String caseId;
  private String name;
  private String mrn;
  private String din;
  private String birthDate;

  @BeforeEach
  void pickAnInfusedDemoCaseAtSnuhThatTheCourierCarries() {
    Map<String, Object> row =
        jdbc.sql(
                "select id::text as id, patient_name, mrn, din, birth_date::text as birth"
                    + " from cases.patient_case where treatment_centre_id = 'KR-SNUH'"
                    + " and courier_site_id = 'KR-COURIER' and state in ('FOLLOW_UP', 'MONITORING')"
                    + " order by referred_at limit 1")
            .query()
            .singleRow();
    caseId = (String) row.get("id");
    name = (String) row.get("patient_name");
    mrn = (String) row.get("mrn");
    din = (String) row.get("din");
    birthDate = (String) row.get("birth");
  }

  private IGenericClient as(String user) {
    return FhirClients.of(port, user);
  }

  @Test
  void should_answer_metadata_with_a_capability_statement_of_every_resource_served() {
    CapabilityStatement statement =
        as("physician").capabilities().ofType(CapabilityStatement.class).execute();
    assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
    assertThat(statement.getRestFirstRep().getResource())
        .extracting(r -> r.getType())
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

  @Test
  void should_read_the_order_and_find_it_by_its_patient() {
    IGenericClient client = as("physician");
    ServiceRequest order = client.read().resource(ServiceRequest.class).withId(caseId).execute();
    assertThat(order.getSubject().getReference()).isEqualTo("Patient/" + caseId);
    Bundle found =
        client
            .search()
            .forResource(ServiceRequest.class)
            .where(ServiceRequest.PATIENT.hasId("Patient/" + caseId))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(found.getEntry()).hasSize(1);
    assertThat(found.getEntryFirstRep().getResource().getIdElement().getIdPart()).isEqualTo(caseId);
  }

  @Test
  void should_find_the_patient_by_record_number_with_or_without_the_centre_system() {
    IGenericClient client = as("coordinator");
    for (Identifier wanted :
        List.of(
            new Identifier().setValue(mrn),
            new Identifier().setSystem(Systems.MRN + "/KR-SNUH").setValue(mrn))) {
      Bundle found =
          client
              .search()
              .forResource(Patient.class)
              .where(Patient.IDENTIFIER.exactly().systemAndIdentifier(wanted.getSystem(), mrn))
              .returnBundle(Bundle.class)
              .execute();
      assertThat(found.getEntry())
          .extracting(e -> e.getResource().getIdElement().getIdPart())
          .contains(caseId);
      Patient patient = (Patient) found.getEntryFirstRep().getResource();
      assertThat(patient.getNameFirstRep().getText()).isEqualTo(name);
      assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo(birthDate);
    }
    Bundle none =
        client
            .search()
            .forResource(Patient.class)
            .where(Patient.IDENTIFIER.exactly().systemAndIdentifier(Systems.MRN + "/KR-SMC", mrn))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(none.getEntry()).isEmpty();
  }

  @Test
  void should_find_every_unit_of_a_din_under_each_accepted_system_uri() {
    IGenericClient client = as("nurse");
    for (String system :
        List.of(
            Systems.DIN,
            "https://www.isbt128.org/uri/DonationIdentificationNumber",
            "urn:oid:2.16.840.1.113883.6.18.2.1",
            "")) {
      Bundle found =
          client
              .search()
              .forResource(BiologicallyDerivedProduct.class)
              .where(
                  PRODUCT_IDENTIFIER
                      .exactly()
                      .systemAndIdentifier(system.isEmpty() ? null : system, din))
              .returnBundle(Bundle.class)
              .execute();
      assertThat(found.getEntry())
          .as(system)
          .extracting(e -> e.getResource().getIdElement().getIdPart())
          .contains(caseId + "-apheresis", caseId + "-bag-1");
      BiologicallyDerivedProduct product =
          (BiologicallyDerivedProduct) found.getEntryFirstRep().getResource();
      Identifier source =
          (Identifier) product.getExtensionByUrl(Systems.BIOLOGICAL_SOURCE_EVENT).getValue();
      assertThat(source.getSystem()).isEqualTo(Systems.DIN);
      assertThat(source.getValue()).isEqualTo(din);
    }
    Bundle oneBag =
        client
            .search()
            .forResource(BiologicallyDerivedProduct.class)
            .where(PRODUCT_IDENTIFIER.exactly().systemAndIdentifier(Systems.UNIT, din + "01"))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(oneBag.getEntry())
        .extracting(e -> e.getResource().getIdElement().getIdPart())
        .containsExactly(caseId + "-bag-1");
    Bundle otherSystem =
        client
            .search()
            .forResource(BiologicallyDerivedProduct.class)
            .where(PRODUCT_IDENTIFIER.exactly().systemAndIdentifier("http://example.org/lot", din))
            .returnBundle(Bundle.class)
            .execute();
    assertThat(otherSystem.getEntry()).isEmpty();
  }

  @Test
  void should_give_a_manufacturer_everything_of_the_case_but_the_patient() {
    Bundle everything = everything(as("manufacturer"));
    assertThat(everything.getEntry()).isNotEmpty();
    assertThat(everything.getEntry()).noneMatch(e -> e.getResource() instanceof Patient);
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(everything);
    assertThat(json)
        .doesNotContain(name)
        .doesNotContain(mrn)
        .doesNotContain(birthDate)
        .doesNotContain("Patient/");
    assertThat(json).contains(din);
    assertThatThrownBy(
            () -> as("manufacturer").read().resource(Patient.class).withId(caseId).execute())
        .isInstanceOf(ForbiddenOperationException.class);
    assertThatThrownBy(() -> as("courier").read().resource(Patient.class).withId(caseId).execute())
        .isInstanceOf(ForbiddenOperationException.class);
  }

  @Test
  void should_give_clinical_staff_the_patient_in_everything() {
    Bundle everything = everything(as("physician"));
    assertThat(everything.getEntry()).anyMatch(e -> e.getResource() instanceof Patient);
  }

  @Test
  void should_give_every_entry_of_everything_an_absolute_full_url_and_valid_r4_links() {
    Bundle everything = everything(as("physician"));
    assertThat(everything.getEntry())
        .allSatisfy(
            e ->
                assertThat(e.getFullUrl())
                    .startsWith("http")
                    .endsWith(
                        "/fhir/"
                            + e.getResource().fhirType()
                            + "/"
                            + e.getResource().getIdElement().getIdPart()));
    CarePlan plan =
        everything.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(CarePlan.class::isInstance)
            .map(CarePlan.class::cast)
            .findFirst()
            .orElseThrow();
    // R4: CarePlan.basedOn names care plans only; the therapy order is supporting information.
    assertThat(plan.getBasedOn()).isEmpty();
    assertThat(plan.getSupportingInfo())
        .extracting(r -> r.getReference())
        .containsExactly("ServiceRequest/" + caseId);
  }

  @Test
  void should_audit_every_read_of_patient_data() {
    int before = fhirReads();
    as("physician").read().resource(Patient.class).withId(caseId).execute();
    everything(as("manufacturer"));
    assertThat(fhirReads()).isEqualTo(before + 2);
    Map<String, Object> last =
        jdbc.sql(
                "select username, identity_shown from audit.patient_data_read"
                    + " where action like 'FHIR_%' and ?::uuid = any(case_ids) order by id desc limit 1")
            .param(caseId)
            .query()
            .singleRow();
    assertThat(last)
        .containsEntry("username", "manufacturer")
        .containsEntry("identity_shown", false);
  }

  @Test
  void should_answer_unknown_ids_with_404_and_strangers_with_401() {
    assertThatThrownBy(
            () ->
                as("physician")
                    .read()
                    .resource(ServiceRequest.class)
                    .withId("00000000-0000-0000-0000-000000000000")
                    .execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () ->
                as("physician").read().resource(ServiceRequest.class).withId("nonsense").execute())
        .isInstanceOf(ResourceNotFoundException.class);
    IGenericClient stranger =
        FhirContext.forR4Cached().newRestfulGenericClient("http://localhost:" + port + "/fhir");
    assertThatThrownBy(
            () -> stranger.read().resource(ServiceRequest.class).withId(caseId).execute())
        .isInstanceOf(AuthenticationException.class);
  }

  private Bundle everything(IGenericClient client) {
    return client
        .operation()
        .onInstance("ServiceRequest/" + caseId)
        .named("$everything")
        .withNoParameters(Parameters.class)
        .returnResourceType(Bundle.class)
        .execute();
  }

  private int fhirReads() {
    return jdbc.sql(
            "select count(*) from audit.patient_data_read where action like 'FHIR_%'"
                + " and ?::uuid = any(case_ids)")
        .param(caseId)
        .query(Integer.class)
        .single();
  }
}
