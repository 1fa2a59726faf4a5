package org.openv2v;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input gets a 400 (or 413) problem document naming the field, and stores nothing: each test
 * reproduced a 500, a silent coercion or an HTML page from the servlet container first.
 */
@IntegrationTest
class BadInputTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void a_nul_character_in_a_json_string_is_refused_naming_the_field() throws Exception {
    String mrn = "NUL-" + UUID.randomUUID().toString().substring(0, 8);
    problem(
            post(
                "/api/v1/cases",
                "coordinator",
                referral("Nul\u0000Patient", "\"1960-01-01\"", mrn)),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("patient.name"))
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("NUL")));
    assertThat(casesWithMrn(mrn)).isZero();
  }

  @Test
  void a_nul_character_in_a_query_parameter_is_refused_naming_it() throws Exception {
    problem(
            mvc.perform(
                get("/api/v1/cases").param("q", "a\u0000b").with(httpBasic("nurse", "nurse"))),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("q"));
  }

  @Test
  void a_number_where_a_date_belongs_is_refused_not_read_as_1970() throws Exception {
    String mrn = "NUM-" + UUID.randomUUID().toString().substring(0, 8);
    problem(post("/api/v1/cases", "coordinator", referral("Numeric Date", "0", mrn)), 400)
        .andExpect(jsonPath("$.errors[0].field").value("patient.birthDate"));
    problem(post("/api/v1/cases", "coordinator", referral("Numeric Date", "19600101", mrn)), 400)
        .andExpect(jsonPath("$.errors[0].field").value("patient.birthDate"));
    assertThat(casesWithMrn(mrn)).isZero();
    UUID caseId = openCase();
    problem(
            post(
                "/api/v1/cases/" + caseId + "/events",
                "physician",
                """
                {"eventId": "%s", "type": "ELIGIBILITY_CONFIRMED", "occurredAt": 1764000000,
                 "siteId": "KR-SNUH"}
                """
                    .formatted(UUID.randomUUID())),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
  }

  @Test
  void a_logger_reading_more_than_a_day_ahead_is_refused_and_raises_nothing() throws Exception {
    UUID caseId = openCase();
    JsonNode shipment =
        read(
            post(
                    "/api/v1/cases/" + caseId + "/shipments",
                    "coordinator",
                    """
                    {"leg": "TO_MANUFACTURER", "shipperId": "BAD-%s", "loggerSerial": "L-1",
                     "packaging": "LN2_VAPOUR_DRY_SHIPPER"}
                    """
                        .formatted(System.nanoTime() % 1_000_000_000L))
                .andExpect(status().isCreated()));
    String id = shipment.get("id").asString();
    problem(
            mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/shipments/" + id + "/readings")
                    .with(httpBasic("courier", "courier"))
                    .contentType("text/csv")
                    .content(
                        "time,temperatureCelsius\n"
                            + Instant.now().minus(1, ChronoUnit.HOURS)
                            + ",-180\n"
                            + Instant.now().plus(3, ChronoUnit.DAYS)
                            + ",20\n")),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("time"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("future")));
    assertThat(
            jdbc.sql("select count(*) from logistics.reading where shipment_id = ?::uuid")
                .param(id)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from alerts.alert where case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void an_assessment_dated_before_the_referral_is_refused() throws Exception {
    UUID caseId = openCase();
    problem(
            post(
                "/api/v1/cases/" + caseId + "/assessments",
                "nurse",
                """
                {"assessedAt": "2001-01-01T00:00:00Z", "bloodCount": {"ancPerUl": 300}}
                """),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("assessedAt"));
  }

  @Test
  void a_product_with_negative_limits_prices_or_a_megabyte_name_is_refused() throws Exception {
    JsonNode product =
        read(
            mvc.perform(get("/api/v1/products/tisa-cel").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()));
    ObjectNode negativePrice = (ObjectNode) product.deepCopy();
    ((ObjectNode) negativePrice.get("korea")).put("priceKrw", -1);
    problem(put("/api/v1/products/tisa-cel", negativePrice), 400)
        .andExpect(jsonPath("$.errors[0].field").value("korea.priceKrw"));
    ObjectNode negativeThaw = (ObjectNode) product.deepCopy();
    ((ObjectNode) negativeThaw.get("handling")).put("thawToInfusionMinutes", -30);
    problem(put("/api/v1/products/tisa-cel", negativeThaw), 400)
        .andExpect(jsonPath("$.errors[0].field").value("handling.thawToInfusionMinutes"));
    ObjectNode longName = (ObjectNode) product.deepCopy();
    longName.put("brandName", "K".repeat(50_000));
    problem(put("/api/v1/products/tisa-cel", longName), 400)
        .andExpect(jsonPath("$.errors[0].field").value("brandName"));
    ObjectNode megabyte = (ObjectNode) product.deepCopy();
    megabyte.put("brandName", "K".repeat(1_000_000));
    problem(put("/api/v1/products/tisa-cel", megabyte), 400);
    mvc.perform(get("/api/v1/products/tisa-cel").with(httpBasic("admin", "admin")))
        .andExpect(jsonPath("$.brandName").value(product.get("brandName").asString()))
        .andExpect(
            jsonPath("$.korea.priceKrw").value(product.get("korea").get("priceKrw").asLong()));
  }

  @Test
  void errors_the_servlet_container_raises_itself_are_problem_documents() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    assertProblem(http, send(http, builder("/api/v1/cases/a%2Fb")), 400);
    assertProblem(http, send(http, builder("/api/v1/cases/a%00b")), 400);
    assertProblem(http, send(http, builder("/api/v1/cases?q=" + "a".repeat(40_000))), 400);
    assertProblem(
        http, send(http, builder("/api/v1/cases").header("X-Padding", "p".repeat(40_000))), 400);
  }

  @Test
  void an_oversized_upload_answers_413_with_a_problem_document() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String boundary = "openv2v-" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\ntime,temperatureCelsius\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[11 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) 'a');
    System.arraycopy(head, 0, body, 0, head.length);
    HttpResponse<String> response =
        send(
            http,
            builder("/api/v1/shipments/" + UUID.randomUUID() + "/readings")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertProblem(http, response, 413);
  }

  // --- helpers ---

  private HttpRequest.Builder builder(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("courier:courier".getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request)
      throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void assertProblem(HttpClient http, HttpResponse<String> response, int status)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Tomcat");
  }

  private ResultActions post(String path, String user, String body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private ResultActions put(String path, JsonNode body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
            .with(httpBasic("admin", "admin"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  private static ResultActions problem(ResultActions result, int status) throws Exception {
    return result
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  private JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  private UUID openCase() throws Exception {
    return UUID.fromString(
        read(post(
                    "/api/v1/cases",
                    "coordinator",
                    referral(
                        "Bad Input Patient",
                        "\"1962-03-04\"",
                        "BI-" + UUID.randomUUID().toString().substring(0, 8)))
                .andExpect(status().isCreated()))
            .get("id")
            .asString());
  }

  private static String referral(String name, String birthDate, String mrn) {
    return """
        {"patient": {"name": "%s", "birthDate": %s, "sex": "FEMALE",
                     "weightKg": 60, "heightCm": 160, "mrn": "%s"},
         "productCode": "tisa-cel", "indication": "DLBCL", "treatmentCentreId": "KR-SNUH"}
        """
        .formatted(name.replace("\u0000", "\\u0000"), birthDate, mrn);
  }

  private int casesWithMrn(String mrn) {
    return jdbc.sql("select count(*) from cases.patient_case where mrn = ?")
        .param(mrn)
        .query(Integer.class)
        .single();
  }
}
