package org.openv2v.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bulk Data export: kick-off, polling and NDJSON files, as a data warehouse's client does it. */
@IntegrationTest
class FhirBulkExportTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String url, String user, boolean async) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    url.startsWith("http") ? url : "http://localhost:" + port + "/fhir/" + url))
            .header("Accept", "application/fhir+json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    if (async) {
      request.header("Prefer", "respond-async");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Kicks off and polls until the manifest comes, for at most a minute. */
  private JsonNode export(String query, String user) throws Exception {
    HttpResponse<String> kickOff = get("%24export" + query, user, true);
    assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
    String poll = kickOff.headers().firstValue("Content-Location").orElseThrow();
    assertThat(poll).contains("/fhir/$export-poll-status?_jobId=");
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
    while (Instant.now().isBefore(giveUp)) {
      HttpResponse<String> status = get(poll.replace("$", "%24"), user, false);
      if (status.statusCode() == 200) {
        return json.readTree(status.body());
      }
      assertThat(status.statusCode()).as(status.body()).isEqualTo(202);
      Thread.sleep(300);
    }
    throw new AssertionError("the export did not finish within a minute");
  }

  private List<String> lines(JsonNode output, String user) throws Exception {
    HttpResponse<String> file = get(output.get("url").asText().replace("$", "%24"), user, false);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/fhir+ndjson");
    List<String> lines = new ArrayList<>(file.body().lines().toList());
    assertThat(lines).hasSize(output.get("count").asInt());
    return lines;
  }

  @Test
  void should_export_every_case_of_the_coordinators_sites_as_ndjson() throws Exception {
    JsonNode manifest = export("", "coordinator");
    assertThat(manifest.get("requiresAccessToken").asBoolean()).isTrue();
    assertThat(manifest.get("transactionTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
    List<String> types = new ArrayList<>();
    manifest.get("output").forEach(o -> types.add(o.get("type").asText()));
    assertThat(types)
        .contains("Patient", "ServiceRequest", "BiologicallyDerivedProduct", "Provenance");
    JsonNode patients = null;
    for (JsonNode output : manifest.get("output")) {
      if (output.get("type").asText().equals("Patient")) {
        patients = output;
      }
    }
    int atTheirSites =
        jdbc.sql(
                "select count(*) from cases.patient_case where treatment_centre_id in ('KR-SNUH', 'KR-SMC')"
                    + " or apheresis_site_id in ('KR-SNUH', 'KR-SMC')")
            .query(Integer.class)
            .single();
    List<String> lines = lines(patients, "coordinator");
    assertThat(lines).hasSize(atTheirSites);
    for (String line : lines) {
      Patient patient =
          FhirContext.forR4Cached().newJsonParser().parseResource(Patient.class, line);
      assertThat(patient.getIdentifierFirstRep().getSystem()).matches(".*/mrn/KR-(SNUH|SMC)");
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.patient_data_read where action = 'FHIR_EXPORT' and username = 'coordinator'")
                .query(Integer.class)
                .single())
        .isPositive();
  }

  @Test
  void should_export_only_the_types_asked_for_and_only_cases_written_since() throws Exception {
    JsonNode orders = export("?_type=ServiceRequest", "auditor");
    assertThat(orders.get("output")).hasSize(1);
    JsonNode output = orders.get("output").get(0);
    assertThat(output.get("type").asText()).isEqualTo("ServiceRequest");
    for (String line : lines(output, "auditor")) {
      assertThat(
              FhirContext.forR4Cached()
                  .newJsonParser()
                  .parseResource(ServiceRequest.class, line)
                  .getIntent()
                  .toCode())
          .isEqualTo("order");
    }
    JsonNode none = export("?_since=2999-01-01T00:00:00Z", "auditor");
    assertThat(none.get("output")).isEmpty();
  }

  @Test
  void should_refuse_bad_kick_offs_other_roles_and_strangers_to_the_export() throws Exception {
    assertThat(get("%24export", "coordinator", false).statusCode()).isEqualTo(400);
    HttpResponse<String> badType = get("%24export?_type=Medication", "coordinator", true);
    assertThat(badType.statusCode()).isEqualTo(400);
    assertThat(badType.body()).contains("OperationOutcome").contains("_type");
    assertThat(get("%24export?_since=yesterday", "coordinator", true).statusCode()).isEqualTo(400);
    for (String user : Set.of("physician", "nurse", "manufacturer", "courier")) {
      assertThat(get("%24export", user, true).statusCode()).as(user).isEqualTo(403);
    }
    HttpResponse<String> kickOff = get("%24export?_type=Patient", "coordinator", true);
    String poll =
        kickOff.headers().firstValue("Content-Location").orElseThrow().replace("$", "%24");
    assertThat(get(poll, "auditor", false).statusCode()).isEqualTo(404);
    assertThat(get("%24export-poll-status?_jobId=not-an-id", "coordinator", false).statusCode())
        .isEqualTo(404);
  }
}
