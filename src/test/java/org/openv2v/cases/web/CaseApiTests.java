package org.openv2v.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.IntegrationTest;
import org.openv2v.bedside.BedsideFlow;
import org.openv2v.web.IdempotentAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The cases API on a real database, as its clients use it. */
@IntegrationTest
class CaseApiTests {

  private static final AtomicInteger MRN = new AtomicInteger(1);

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  // --- referral ---

  @Test
  void should_open_a_case_in_state_referred() throws Exception {
    String mrn = newMrn();
    refer("coordinator", referral(mrn, "tisa-cel", "DLBCL", "KR-SNUH"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/v1/cases/")))
        .andExpect(jsonPath("$.state").value("REFERRED"))
        .andExpect(jsonPath("$.reference").value(containsString("V2V-")))
        // ICCBBA reserves FINs A9990-A9999 for validation; demo mode uses A9999.
        .andExpect(jsonPath("$.din").value(matchesPattern("A9999\\d{8}")))
        .andExpect(jsonPath("$.patient.mrn").value(mrn))
        .andExpect(jsonPath("$.manufacturingSiteId").value("US-NVS-MP"))
        .andExpect(jsonPath("$.apheresisSiteId").value("KR-SNUH"))
        .andExpect(jsonPath("$.allowedEvents", hasItem("ELIGIBILITY_CONFIRMED")));
  }

  @Test
  void should_refuse_malformed_json_with_400() throws Exception {
    refer("coordinator", "{\"patient\": {").andExpect(problem(400));
  }

  @Test
  void should_refuse_an_unknown_enum_value_naming_the_field() throws Exception {
    String body = referral(newMrn(), "tisa-cel", "DLBCL", "KR-SNUH").replace("\"MALE\"", "\"MAN\"");
    refer("coordinator", body)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("patient.sex"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("FEMALE")));
  }

  @Test
  void should_refuse_a_missing_field_naming_it() throws Exception {
    String body =
        referral(newMrn(), "tisa-cel", "DLBCL", "KR-SNUH").replace("\"weightKg\": 70.5,", "");
    refer("coordinator", body)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("patient.weightKg"));
  }

  @Test
  void should_refuse_a_misspelt_field() throws Exception {
    String body =
        referral(newMrn(), "tisa-cel", "DLBCL", "KR-SNUH")
            .replace("\"indication\"", "\"indicaton\"");
    refer("coordinator", body)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("indicaton"));
  }

  @Test
  void should_refuse_an_implausible_weight() throws Exception {
    String body = referral(newMrn(), "tisa-cel", "DLBCL", "KR-SNUH").replace("70.5", "-3");
    refer("coordinator", body)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("patient.weightKg"));
  }

  @Test
  void should_refuse_an_unknown_product_or_foreign_indication() throws Exception {
    refer("coordinator", referral(newMrn(), "zeta-cel", "DLBCL", "KR-SNUH"))
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("productCode"));
    refer("coordinator", referral(newMrn(), "tisa-cel", "MM", "KR-SNUH"))
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("indication"))
        .andExpect(jsonPath("$.detail").value(containsString("DLBCL")));
  }

  @Test
  void should_refuse_a_centre_not_certified_for_the_product() throws Exception {
    // Severance gives tisa-cel but is not certified for cilta-cel in the demo network.
    refer("auditor", referral(newMrn(), "cilta-cel", "MM", "KR-SEVERANCE")).andExpect(problem(403));
    refer("admin", referral(newMrn(), "cilta-cel", "MM", "KR-SEVERANCE")).andExpect(problem(403));
  }

  @Test
  void should_refuse_a_referral_at_a_centre_the_coordinator_does_not_work_at() throws Exception {
    refer("coordinator", referral(newMrn(), "tisa-cel", "DLBCL", "KR-AMC")).andExpect(problem(403));
  }

  @Test
  void should_refuse_referral_by_roles_that_do_not_refer() throws Exception {
    for (String user : new String[] {"nurse", "manufacturer", "courier", "auditor", "admin"}) {
      refer(user, referral(newMrn(), "tisa-cel", "DLBCL", "KR-SNUH")).andExpect(problem(403));
    }
  }

  @Test
  void should_refuse_a_second_open_case_for_the_same_patient() throws Exception {
    String mrn = newMrn();
    refer("coordinator", referral(mrn, "tisa-cel", "DLBCL", "KR-SNUH"))
        .andExpect(status().isCreated());
    refer("physician", referral(mrn, "tisa-cel", "DLBCL", "KR-SNUH"))
        .andExpect(problem(409))
        .andExpect(jsonPath("$.detail").value(containsString(mrn)));
  }

  @Test
  void should_answer_401_problem_to_anonymous_callers() throws Exception {
    mvc.perform(get("/api/v1/cases"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/cases").with(httpBasic("coordinator", "wrong")))
        .andExpect(status().isUnauthorized());
  }

  // --- events ---

  @Test
  void should_record_an_allowed_event_and_answer_the_new_state() throws Exception {
    String id = openCase();
    event("physician", id, UUID.randomUUID(), "ELIGIBILITY_CONFIRMED", "KR-SNUH", null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.state").value("ELIGIBILITY_CONFIRMED"))
        .andExpect(jsonPath("$.previousState").value("REFERRED"))
        .andExpect(jsonPath("$.actor").value("physician"))
        .andExpect(jsonPath("$.sequence").value(2));
    caseOf("coordinator", id).andExpect(jsonPath("$.state").value("ELIGIBILITY_CONFIRMED"));
  }

  @Test
  void should_refuse_an_event_the_journey_does_not_allow_with_409_naming_the_allowed_events()
      throws Exception {
    String id = openCase();
    event("nurse", id, UUID.randomUUID(), "INFUSED", "KR-SNUH", null)
        .andExpect(problem(409))
        .andExpect(jsonPath("$.detail").value(containsString("REFERRED")))
        .andExpect(jsonPath("$.detail").value(containsString("ELIGIBILITY_CONFIRMED")))
        .andExpect(jsonPath("$.detail").value(containsString("WITHDRAWN")));
    caseOf("coordinator", id).andExpect(jsonPath("$.state").value("REFERRED"));
  }

  @Test
  void should_return_the_original_result_when_an_event_id_is_replayed() throws Exception {
    String id = openCase();
    UUID eventId = UUID.randomUUID();
    Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
    String first =
        event("physician", id, eventId, "ELIGIBILITY_CONFIRMED", "KR-SNUH", at, null)
            .andExpect(status().isCreated())
            .andExpect(header().string(IdempotentAnswer.REPLAYED, "false"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String again =
        event("physician", id, eventId, "ELIGIBILITY_CONFIRMED", "KR-SNUH", at, null)
            .andExpect(status().isCreated())
            .andExpect(header().string(IdempotentAnswer.REPLAYED, "true"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json.readTree(again)).isEqualTo(json.readTree(first));
    JsonNode timeline =
        read(mvc.perform(get("/api/v1/cases/" + id + "/timeline").with(basic("coordinator"))));
    assertThat(timeline.get("events")).hasSize(2);
  }

  @Test
  void should_refuse_a_replayed_event_id_with_a_different_body() throws Exception {
    String id = openCase();
    UUID eventId = UUID.randomUUID();
    Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
    event("physician", id, eventId, "ELIGIBILITY_CONFIRMED", "KR-SNUH", at, null)
        .andExpect(status().isCreated());
    event("physician", id, eventId, "ELIGIBILITY_CONFIRMED", "KR-SMC", at, null)
        .andExpect(problem(409))
        .andExpect(jsonPath("$.detail").value(containsString("already used")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "eventId not a UUID | eventId | {'eventId': 'not-a-uuid', 'type': 'ELIGIBILITY_CONFIRMED', 'occurredAt': '2026-01-01T00:00:00Z', 'siteId': 'KR-SNUH'}",
        "unknown event type | type | {'eventId': '%s', 'type': 'CURED', 'occurredAt': '2026-01-01T00:00:00Z', 'siteId': 'KR-SNUH'}",
        "occurredAt missing | occurredAt | {'eventId': '%s', 'type': 'ELIGIBILITY_CONFIRMED', 'siteId': 'KR-SNUH'}",
        "occurredAt not a time | occurredAt | {'eventId': '%s', 'type': 'ELIGIBILITY_CONFIRMED', 'occurredAt': 'yesterday', 'siteId': 'KR-SNUH'}",
        "siteId blank | siteId | {'eventId': '%s', 'type': 'ELIGIBILITY_CONFIRMED', 'occurredAt': '2026-01-01T00:00:00Z', 'siteId': ''}",
        "unknown field | priority | {'eventId': '%s', 'type': 'ELIGIBILITY_CONFIRMED', 'occurredAt': '2026-01-01T00:00:00Z', 'siteId': 'KR-SNUH', 'priority': 1}",
      })
  void should_refuse_a_malformed_event_naming_the_field(String what, String field, String body)
      throws Exception {
    String json = body.formatted(UUID.randomUUID()).replace('\'', '"');
    post(openCase(), "physician", json)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value(field));
  }

  @Test
  void should_refuse_a_malformed_address_or_filter() throws Exception {
    mvc.perform(get("/api/v1/cases/not-a-uuid").with(basic("coordinator"))).andExpect(problem(400));
    mvc.perform(get("/api/v1/cases?state=CURED").with(basic("coordinator")))
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("state"));
  }

  @Test
  void should_require_a_withdrawal_reason_from_the_list() throws Exception {
    String id = openCase();
    event("physician", id, UUID.randomUUID(), "WITHDRAWN", "KR-SNUH", null)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    event("physician", id, UUID.randomUUID(), "WITHDRAWN", "KR-SNUH", "BORED")
        .andExpect(problem(400));
    event("physician", id, UUID.randomUUID(), "WITHDRAWN", "KR-SNUH", "PROGRESSION")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.state").value("WITHDRAWN"))
        .andExpect(jsonPath("$.reason").value("PROGRESSION"));
  }

  @Test
  void should_refuse_an_event_that_predates_the_previous_one() throws Exception {
    String id = openCase();
    event(
            "physician",
            id,
            UUID.randomUUID(),
            "ELIGIBILITY_CONFIRMED",
            "KR-SNUH",
            Instant.parse("2020-01-01T00:00:00Z"),
            null)
        .andExpect(problem(422))
        .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
  }

  @Test
  void should_refuse_an_event_by_a_role_that_does_not_record_it() throws Exception {
    String id = openCase();
    event("nurse", id, UUID.randomUUID(), "ELIGIBILITY_CONFIRMED", "KR-SNUH", null)
        .andExpect(problem(403))
        .andExpect(jsonPath("$.detail").value(containsString("PHYSICIAN")));
  }

  @Test
  void should_refuse_an_event_at_a_site_the_actor_does_not_work_at() throws Exception {
    String id = openCase();
    event("physician", id, UUID.randomUUID(), "ELIGIBILITY_CONFIRMED", "KR-AMC", null)
        .andExpect(problem(403));
    event("physician", id, UUID.randomUUID(), "ELIGIBILITY_CONFIRMED", "KR-NOWHERE", null)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("siteId"));
  }

  @Test
  void should_walk_a_case_from_referral_to_infusion_and_give_its_milestones() throws Exception {
    Instant day0 = Instant.now().minus(60, ChronoUnit.DAYS);
    String id = openCase(day0);
    step(id, "physician", "ELIGIBILITY_CONFIRMED", "KR-SNUH", day0.plus(2, ChronoUnit.DAYS));
    step(id, "coordinator", "PAYER_APPROVED", "KR-SNUH", day0.plus(5, ChronoUnit.DAYS));
    step(id, "coordinator", "APHERESIS_SCHEDULED", "KR-SNUH", day0.plus(6, ChronoUnit.DAYS));
    step(id, "nurse", "APHERESIS_COLLECTED", "KR-SNUH", day0.plus(10, ChronoUnit.DAYS));
    step(id, "courier", "SHIPPED_TO_MANUFACTURER", "KR-COURIER", day0.plus(11, ChronoUnit.DAYS));
    step(id, "manufacturer", "MANUFACTURING_STARTED", "US-NVS-MP", day0.plus(13, ChronoUnit.DAYS));
    step(id, "manufacturer", "PRODUCT_RELEASED", "US-NVS-MP", day0.plus(32, ChronoUnit.DAYS));
    step(id, "courier", "SHIPPED_TO_SITE", "KR-COURIER", day0.plus(33, ChronoUnit.DAYS));
    step(id, "nurse", "RECEIVED_AT_SITE", "KR-SNUH", day0.plus(35, ChronoUnit.DAYS));
    step(id, "physician", "LYMPHODEPLETION_STARTED", "KR-SNUH", day0.plus(36, ChronoUnit.DAYS));
    // The hard stop before infusion: custody to the bedside and a two-person MATCH.
    String din = read(caseOf("nurse", id)).get("din").asString();
    BedsideFlow bedside = new BedsideFlow(mvc);
    bedside.bringToBedside(id, din, "KR-SNUH");
    bedside.verify(id, "nurse", din, "=" + din + "01", "physician").andExpect(status().isOk());
    step(id, "nurse", "INFUSED", "KR-SNUH", day0.plus(41, ChronoUnit.DAYS));
    JsonNode timeline =
        read(mvc.perform(get("/api/v1/cases/" + id + "/timeline").with(basic("physician"))));
    assertThat(timeline.get("state").asString()).isEqualTo("INFUSED");
    assertThat(timeline.get("events")).hasSize(12);
    assertThat(timeline.get("events").get(0).get("type").asString()).isEqualTo("REFERRED");
    JsonNode milestones = timeline.get("milestones");
    assertThat(milestones.get("apheresisToReleaseDays").asLong()).isEqualTo(22);
    assertThat(milestones.get("veinToVeinDays").asLong()).isEqualTo(31);
    assertThat(milestones.get("referralToInfusionDays").asLong()).isEqualTo(41);
  }

  // --- reading ---

  @Test
  void should_show_manufacturers_and_couriers_no_patient_identity() throws Exception {
    String id = openCase();
    for (String user : new String[] {"manufacturer", "courier"}) {
      String body =
          caseOf(user, id)
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.identityRedacted").value(true))
              .andExpect(jsonPath("$.patient.name").doesNotExist())
              .andExpect(jsonPath("$.patient.birthDate").doesNotExist())
              .andExpect(jsonPath("$.patient.mrn").doesNotExist())
              .andExpect(jsonPath("$.patient.weightKg").value(70.5))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body).doesNotContain("Test Patient").doesNotContain("1958-03-14");
      String list =
          mvc.perform(get("/api/v1/cases?size=200").with(basic(user)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(list)
          .doesNotContain("\"name\"")
          .doesNotContain("\"mrn\"")
          .doesNotContain("birthDate");
    }
    caseOf("nurse", id).andExpect(jsonPath("$.patient.name").value("Test Patient"));
  }

  @Test
  void should_withhold_clinical_notes_from_manufacturers() throws Exception {
    String id = openCase();
    Instant at = Instant.now().minus(1, ChronoUnit.DAYS);
    post(
            id,
            "physician",
            "{\"eventId\": \"%s\", \"type\": \"ELIGIBILITY_CONFIRMED\", \"occurredAt\": \"%s\",\"siteId\": \"KR-SNUH\", \"note\": \"Mr Test Patient agreed\"}"
                .formatted(UUID.randomUUID(), at))
        .andExpect(status().isCreated());
    String forManufacturer =
        mvc.perform(get("/api/v1/cases/" + id + "/timeline").with(basic("manufacturer")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(forManufacturer).doesNotContain("Test Patient").contains("withheld");
    mvc.perform(get("/api/v1/cases/" + id + "/timeline").with(basic("nurse")))
        .andExpect(jsonPath("$.events[1].note").value("Mr Test Patient agreed"));
  }

  @Test
  void should_hide_cases_of_other_sites() throws Exception {
    String id = openCase();
    // The demo nurse works at SNUH and SMC; this case is at SNUH, an AMC case is not hers to see.
    caseOf("nurse", id).andExpect(status().isOk());
    String amcCase = firstCaseAt("auditor", "KR-AMC");
    caseOf("nurse", amcCase).andExpect(problem(404));
    caseOf("coordinator", amcCase).andExpect(problem(404));
    mvc.perform(get("/api/v1/cases?size=200").with(basic("coordinator")))
        .andExpect(
            jsonPath(
                "$[*].treatmentCentreId",
                everyItem(org.hamcrest.Matchers.oneOf("KR-SNUH", "KR-SMC"))));
  }

  @Test
  void should_not_show_patient_data_to_administrators() throws Exception {
    mvc.perform(get("/api/v1/cases").with(basic("admin"))).andExpect(problem(403));
    caseOf("admin", openCase()).andExpect(problem(403));
  }

  @Test
  void should_filter_cases_by_state_and_centre() throws Exception {
    mvc.perform(get("/api/v1/cases?state=FOLLOW_UP").with(basic("auditor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].state", everyItem(is("FOLLOW_UP"))))
        .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThan(0)));
    mvc.perform(get("/api/v1/cases?centreId=KR-SMC").with(basic("auditor")))
        .andExpect(jsonPath("$[*].treatmentCentreId", everyItem(is("KR-SMC"))));
  }

  @Test
  void should_answer_404_for_an_unknown_case() throws Exception {
    caseOf("coordinator", UUID.randomUUID().toString()).andExpect(problem(404));
    event(
            "physician",
            UUID.randomUUID().toString(),
            UUID.randomUUID(),
            "ELIGIBILITY_CONFIRMED",
            "KR-SNUH",
            null)
        .andExpect(problem(404));
  }

  @Test
  void should_audit_every_read_of_a_case() throws Exception {
    String id = openCase();
    caseOf("nurse", id).andExpect(status().isOk());
    mvc.perform(get("/api/v1/cases/" + id + "/timeline").with(basic("manufacturer")))
        .andExpect(status().isOk());
    JsonNode reads =
        read(mvc.perform(get("/api/v1/audit/reads?caseId=" + id).with(basic("auditor"))));
    assertThat(reads.findValuesAsString("action")).contains("VIEW_CASE", "VIEW_TIMELINE");
    assertThat(reads.findValuesAsString("username")).contains("nurse", "manufacturer");
    mvc.perform(get("/api/v1/audit/reads").with(basic("coordinator"))).andExpect(problem(403));
  }

  // --- helpers ---

  private String openCase() throws Exception {
    return openCase(Instant.now().minus(60, ChronoUnit.DAYS));
  }

  private String openCase(Instant referredAt) throws Exception {
    String body =
        referral(newMrn(), "tisa-cel", "DLBCL", "KR-SNUH")
            .replace("\"productCode\"", "\"referredAt\": \"" + referredAt + "\", \"productCode\"");
    return read(refer("coordinator", body).andExpect(status().isCreated())).get("id").asString();
  }

  private void step(String id, String user, String type, String site, Instant at) throws Exception {
    event(user, id, UUID.randomUUID(), type, site, at, null).andExpect(status().isCreated());
  }

  private String firstCaseAt(String user, String centre) throws Exception {
    return read(mvc.perform(get("/api/v1/cases?centreId=" + centre).with(basic(user))))
        .get(0)
        .get("id")
        .asString();
  }

  private ResultActions refer(String user, String body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/cases")
            .with(basic(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private ResultActions caseOf(String user, String id) throws Exception {
    return mvc.perform(get("/api/v1/cases/" + id).with(basic(user)));
  }

  private ResultActions event(
      String user, String id, UUID eventId, String type, String site, String reason)
      throws Exception {
    return event(user, id, eventId, type, site, Instant.now().minus(1, ChronoUnit.MINUTES), reason);
  }

  private ResultActions event(
      String user, String id, UUID eventId, String type, String site, Instant at, String reason)
      throws Exception {
    String body =
        "{\"eventId\": \"%s\", \"type\": \"%s\", \"occurredAt\": \"%s\", \"siteId\": \"%s\"%s}"
            .formatted(
                eventId, type, at, site, reason == null ? "" : ", \"reason\": \"" + reason + "\"");
    return post(id, user, body);
  }

  private ResultActions post(String id, String user, String body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/cases/" + id + "/events")
            .with(basic(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(
      String user) {
    return httpBasic(user, user);
  }

  private static org.springframework.test.web.servlet.ResultMatcher problem(int status) {
    return result -> {
      status().is(status).match(result);
      content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
      jsonPath("$.status").value(status).match(result);
      jsonPath("$.detail").isNotEmpty().match(result);
    };
  }

  private static String newMrn() {
    return "T" + System.nanoTime() % 1_000_000_000L + "-" + MRN.getAndIncrement();
  }

  private static String referral(String mrn, String product, String indication, String centre) {
    return """
        {"patient": {"name": "Test Patient", "birthDate": "1958-03-14", "sex": "MALE",
                     "weightKg": 70.5, "heightCm": 172, "mrn": "%s"},
         "productCode": "%s", "indication": "%s", "treatmentCentreId": "%s"}
        """
        .formatted(mrn, product, indication, centre);
  }
}
