package org.openv2v.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openv2v.IntegrationTest;
import org.openv2v.RoleMatrix;
import org.openv2v.RoleMatrix.Call;
import org.openv2v.RoleMatrix.Row;
import org.openv2v.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every FHIR interaction as every role, as fhir-authorization-matrix.txt says. */
@IntegrationTest
class FhirAuthorizationTests {

  private static final List<Role> COLUMNS =
      List.of(
          Role.COORDINATOR,
          Role.PHYSICIAN,
          Role.NURSE,
          Role.MANUFACTURER,
          Role.COURIER,
          Role.AUDITOR,
          Role.ADMIN,
          Role.PLANNER);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private final HttpClient http = HttpClient.newHttpClient();
  private Map<String, String> values;

  /** A demo case with every kind of resource, in which every demo user's sites take part. */
  @BeforeEach
  void pickACaseWithEveryKindOfResource() {
    List<Map<String, Object>> candidates =
        jdbc.sql(
                "select id::text as id, mrn, din from cases.patient_case"
                    + " where treatment_centre_id = 'KR-SNUH' and courier_site_id = 'KR-COURIER'"
                    + " and state in ('MONITORING', 'FOLLOW_UP') order by referred_at")
            .query()
            .listOfRows();
    for (Map<String, Object> candidate : candidates) {
      String id = (String) candidate.get("id");
      Bundle everything =
          FhirClients.of(port, "auditor")
              .operation()
              .onInstance("ServiceRequest/" + id)
              .named("$everything")
              .withNoParameters(Parameters.class)
              .returnResourceType(Bundle.class)
              .execute();
      List<String> ids =
          everything.getEntry().stream()
              .map(e -> e.getResource().getIdElement().getIdPart())
              .toList();
      var crs =
          everything.getEntry().stream()
              .map(Bundle.BundleEntryComponent::getResource)
              .filter(Observation.class::isInstance)
              .map(r -> (Observation) r)
              .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("crs-grade"))
              .findFirst();
      if (crs.isPresent()
          && ids.containsAll(
              List.of(
                  id + "-crs",
                  id + "-lymphodepletion-1",
                  id + "-follow-up",
                  id + "-custody-1",
                  id + "-bag-1",
                  id + "-infusion"))) {
        values =
            Map.of(
                "case",
                id,
                "mrn",
                (String) candidate.get("mrn"),
                "din",
                (String) candidate.get("din"),
                "crs",
                crs.get().getIdElement().getIdPart());
        return;
      }
    }
    throw new AssertionError("no demo case with every kind of resource");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void should_allow_or_refuse_each_role_as_the_matrix_says(Call call) throws Exception {
    boolean allowed = call.row().allowed().get(COLUMNS.indexOf(call.role()));
    String user = call.role().name().toLowerCase();
    HttpResponse<String> response = send(call.row(), user);
    if (!allowed) {
      assertThat(response.statusCode()).as(call + " is refused").isEqualTo(403);
      if (call.role().worksOnCases()) {
        assertThat(response.body()).as(call + " says why").contains("OperationOutcome");
      }
    } else if (call.row().method().equals("GET")) {
      assertThat(response.statusCode())
          .as(call + " is answered: " + response.body())
          .isEqualTo(call.row().path().equals("$export") ? 202 : 200);
    } else {
      assertThat(response.statusCode()).as(call + " is allowed").isNotIn(401, 403);
    }
  }

  @ParameterizedTest(name = "{0} anonymously")
  @MethodSource("rowsList")
  void should_ask_strangers_to_sign_in(Row row) throws Exception {
    assertThat(send(row, null).statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> send(Row row, String user) throws Exception {
    String path = row.path();
    for (var value : values.entrySet()) {
      path = path.replace("{" + value.getKey() + "}", value.getValue());
    }
    path = path.equals("(transaction)") ? "" : path.replace("$", "%24");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir/" + path))
            .header("Accept", "application/fhir+json")
            // Bulk Data kick-offs need it; other interactions ignore it.
            .header("Prefer", "respond-async");
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    if (row.method().equals("POST")) {
      request
          .header("Content-Type", "application/fhir+json")
          .POST(
              HttpRequest.BodyPublishers.ofString(
                  "{\"resourceType\":\"Bundle\",\"type\":\"transaction\"}"));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static Stream<Call> calls() throws IOException {
    return RoleMatrix.calls("/fhir-authorization-matrix.txt", COLUMNS);
  }

  static List<Row> rowsList() throws IOException {
    return RoleMatrix.rows("/fhir-authorization-matrix.txt", COLUMNS);
  }
}
