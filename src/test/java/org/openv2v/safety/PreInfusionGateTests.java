package org.openv2v.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.bedside.BedsideFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pre-infusion gate over the API: each missing item blocks INFUSED with its name. */
@IntegrationTest
class PreInfusionGateTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  @Test
  void should_name_every_unmet_item_when_nothing_is_done() throws Exception {
    Ready ready = caseAtBedside();
    infuse(ready.id())
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    allOf(
                        containsString("lymphodepletion is not recorded"),
                        containsString("0 of 2 tocilizumab doses"),
                        containsString("physician has not signed"))));
    checklist(ready.id(), "coordinator")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.readyToInfuse").value(false))
        .andExpect(jsonPath("$.items[0].item").value("LYMPHODEPLETION"))
        .andExpect(jsonPath("$.items[0].met").value(false))
        .andExpect(jsonPath("$.items[3].item").value("BEDSIDE_VERIFICATION"))
        .andExpect(jsonPath("$.items[3].met").value(true));
  }

  @Test
  void should_allow_infusion_when_every_item_is_met() throws Exception {
    Ready ready = caseAtBedside();
    new BedsideFlow(mvc).passSafetyChecklist(ready.id(), "KR-SNUH");
    checklist(ready.id(), "nurse").andExpect(jsonPath("$.readyToInfuse").value(true));
    infuse(ready.id()).andExpect(status().isCreated());
  }

  @Test
  void should_block_without_lymphodepletion_only() throws Exception {
    Ready ready = caseAtBedside();
    reserveTocilizumab(ready.id(), 2);
    sign(ready.id(), true, true, true);
    infuse(ready.id())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("lymphodepletion is not recorded")))
        .andExpect(jsonPath("$.detail").value(not(containsString("tocilizumab"))));
  }

  @Test
  void should_block_when_lymphodepletion_is_too_recent_or_too_old_or_unfinished() throws Exception {
    Ready early = caseAtBedside();
    lymphodepletion(early.id(), TODAY.minusDays(2), TODAY.minusDays(1))
        .andExpect(status().isCreated());
    reserveTocilizumab(early.id(), 2);
    sign(early.id(), true, true, true);
    infuse(early.id())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("too early")));
    // tisa-cel DLBCL: infuse 2-11 days after the last dose.
    lymphodepletion(early.id(), TODAY.minusDays(14), TODAY.minusDays(12))
        .andExpect(status().isCreated());
    infuse(early.id())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("window passed")));
    lymphodepletion(early.id(), TODAY.minusDays(1), null).andExpect(status().isCreated());
    infuse(early.id())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("not recorded as finished")));
    lymphodepletion(early.id(), TODAY.minusDays(13), TODAY.minusDays(11))
        .andExpect(status().isCreated());
    infuse(early.id()).andExpect(status().isCreated());
  }

  @Test
  void should_block_with_too_few_tocilizumab_doses_reserved_and_after_release() throws Exception {
    Ready ready = caseAtBedside();
    lymphodepletion(ready.id(), TODAY.minusDays(4), TODAY.minusDays(2))
        .andExpect(status().isCreated());
    sign(ready.id(), true, true, true);
    String reservation = reserveTocilizumab(ready.id(), 1);
    infuse(ready.id())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("1 of 2 tocilizumab doses")));
    reserveTocilizumab(ready.id(), 1);
    post("/api/v1/pharmacy/tocilizumab/reservations/" + reservation + "/release", "nurse", "")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.releasedBy").value("nurse"));
    infuse(ready.id()).andExpect(status().isConflict());
    reserveTocilizumab(ready.id(), 1);
    infuse(ready.id()).andExpect(status().isCreated());
  }

  @Test
  void should_block_when_the_physician_reports_an_active_infection() throws Exception {
    Ready ready = caseAtBedside();
    lymphodepletion(ready.id(), TODAY.minusDays(4), TODAY.minusDays(2))
        .andExpect(status().isCreated());
    reserveTocilizumab(ready.id(), 2);
    sign(ready.id(), false, true, false);
    infuse(ready.id())
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    allOf(
                        containsString("active infection reported"),
                        containsString("new contraindication reported"))));
  }

  @Test
  void should_keep_bedside_as_its_own_clearance() throws Exception {
    Ready ready = caseAtBedside(false);
    new BedsideFlow(mvc).passSafetyChecklist(ready.id(), "KR-SNUH");
    infuse(ready.id())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("MATCH")))
        .andExpect(jsonPath("$.detail").value(not(containsString("pre-infusion checklist"))));
  }

  @Test
  void should_refuse_a_reservation_beyond_the_free_stock_and_free_it_on_release() throws Exception {
    Ready drain = caseAtBedside(false);
    Ready ready = caseAtBedside(false);
    java.util.List<String> held = new java.util.ArrayList<>();
    int free = available("KR-SNUH");
    while (free > 0) {
      int doses = Math.min(4, free);
      held.add(
          read(post(
                      "/api/v1/pharmacy/tocilizumab/reservations",
                      "nurse",
                      "{\"caseId\": \"%s\", \"doses\": %d}".formatted(drain.id(), doses))
                  .andExpect(status().isCreated()))
              .get("id")
              .asString());
      free = available("KR-SNUH");
    }
    post(
            "/api/v1/pharmacy/tocilizumab/reservations",
            "nurse",
            "{\"caseId\": \"%s\", \"doses\": 1}".formatted(ready.id()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("free tocilizumab doses")));
    for (String reservation : held) {
      post("/api/v1/pharmacy/tocilizumab/reservations/" + reservation + "/release", "nurse", "")
          .andExpect(status().isOk());
    }
    assertThat(available("KR-SNUH")).isGreaterThan(0);
    post(
            "/api/v1/pharmacy/tocilizumab/reservations",
            "nurse",
            "{\"caseId\": \"%s\", \"doses\": 5}".formatted(ready.id()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("doses"));
  }

  private int available(String site) throws Exception {
    return read(mvc.perform(
            get("/api/v1/pharmacy/sites/" + site + "/tocilizumab")
                .with(httpBasic("nurse", "nurse"))))
        .get("available")
        .asInt();
  }

  @Test
  void should_plan_the_follow_up_schedule_on_infusion_with_exact_dates() throws Exception {
    Instant day0 = Instant.parse("2025-12-01T00:00:00Z");
    Ready ready = caseAtBedside(true, day0);
    new BedsideFlow(mvc).passSafetyChecklist(ready.id(), "KR-SNUH");
    // 01:00 UTC is 10:00 in Seoul: the infusion day is 31 January 2026.
    event(ready.id(), "nurse", "INFUSED", "KR-SNUH", Instant.parse("2026-01-31T01:00:00Z"))
        .andExpect(status().isCreated());
    JsonNode items =
        read(
            mvc.perform(
                    get("/api/v1/cases/" + ready.id() + "/follow-up")
                        .with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isOk()));
    java.util.Map<String, String> due = new java.util.HashMap<>();
    String hira6 = null;
    for (JsonNode item : items) {
      due.put(
          item.get("kind").asString() + "#" + item.get("sequence").asInt(),
          item.get("dueOn").asString());
      if (item.get("kind").asString().equals("HIRA_OUTCOME_6_MONTHS")) {
        hira6 = item.get("id").asString();
      }
    }
    assertThat(due)
        .containsEntry("DAILY_CHECK#1", "2026-02-01")
        .containsEntry("DAILY_CHECK#7", "2026-02-07")
        .containsEntry("STAY_NEAR_CENTRE#1", "2026-02-28")
        .containsEntry("NO_DRIVING#1", "2026-03-28")
        .containsEntry("DAY_14_REVIEW#1", "2026-02-14")
        .containsEntry("DAY_28_RESPONSE#1", "2026-02-28")
        .containsEntry("DAY_90_RESPONSE#1", "2026-05-01")
        .containsEntry("MONTH_6_VISIT#1", "2026-07-31")
        .containsEntry("MONTH_12_VISIT#1", "2027-01-31")
        .containsEntry("YEARLY_FOLLOW_UP#15", "2041-01-31")
        .containsEntry("HIRA_OUTCOME_6_MONTHS#1", "2026-07-31")
        .containsEntry("HIRA_OUTCOME_12_MONTHS#1", "2027-01-31");
    assertThat(followUps.overdue(COORDINATOR))
        .anyMatch(
            item ->
                item.caseId().toString().equals(ready.id())
                    && item.kind() == org.openv2v.safety.domain.FollowUpKind.DAY_14_REVIEW);
    assertThat(followUps.dueOn(LocalDate.of(2026, 2, 3), COORDINATOR))
        .anyMatch(
            item ->
                item.caseId().toString().equals(ready.id())
                    && item.kind() == org.openv2v.safety.domain.FollowUpKind.DAILY_CHECK
                    && item.sequence() == 3);
    post(
            "/api/v1/cases/" + ready.id() + "/follow-up/" + hira6 + "/done",
            "coordinator",
            "{\"doneOn\": \"2026-07-20\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("response"));
    post(
            "/api/v1/cases/" + ready.id() + "/follow-up/" + hira6 + "/done",
            "coordinator",
            "{\"doneOn\": \"2026-07-20\", \"response\": \"NO_METABOLIC_RESPONSE\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.refundEligible").value(true))
        .andExpect(jsonPath("$.overdue").value(false));
    String finalHira6 = hira6;
    assertThat(followUps.overdue(COORDINATOR))
        .noneMatch(item -> item.id().toString().equals(finalHira6));
  }

  static final org.openv2v.security.Actor COORDINATOR =
      new org.openv2v.security.Actor(
          "coordinator",
          "Demo Coordinator",
          org.openv2v.security.Role.COORDINATOR,
          java.util.Set.of("KR-SNUH", "KR-SMC"));

  @Autowired FollowUps followUps;

  @Test
  void should_refuse_safety_data_to_manufacturers_and_couriers() throws Exception {
    Ready ready = caseAtBedside();
    for (String user : new String[] {"manufacturer", "courier"}) {
      checklist(ready.id(), user).andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/cases/" + ready.id() + "/follow-up").with(httpBasic(user, user)))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void should_let_only_a_physician_sign_the_checklist() throws Exception {
    Ready ready = caseAtBedside();
    post(
            "/api/v1/cases/" + ready.id() + "/pre-infusion-checklist/signature",
            "nurse",
            "{\"noActiveInfection\": true, \"organFunctionAdequate\": true, \"noNewContraindications\": true}")
        .andExpect(status().isForbidden());
    post(
            "/api/v1/cases/" + ready.id() + "/pre-infusion-checklist/signature",
            "physician",
            "{\"noActiveInfection\": true, \"organFunctionAdequate\": null, \"noNewContraindications\": true}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("organFunctionAdequate"));
  }

  // --- helpers ---

  record Ready(String id, String din) {}

  private Ready caseAtBedside() throws Exception {
    return caseAtBedside(true);
  }

  /** A tisa-cel DLBCL case at SNUH in lymphodepletion, thawed at the bedside (and matched). */
  private Ready caseAtBedside(boolean matched) throws Exception {
    return caseAtBedside(
        matched, Instant.now().minus(50, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
  }

  /** Referred on day0, one journey step every 3 days up to lymphodepletion (day0 + 30 days). */
  Ready caseAtBedside(boolean matched, Instant day0) throws Exception {
    String body =
        """
        {"patient": {"name": "Gate Patient", "birthDate": "1968-05-01", "sex": "MALE",
                     "weightKg": 72, "heightCm": 171, "mrn": "GT-%s"},
         "productCode": "tisa-cel", "indication": "DLBCL", "treatmentCentreId": "KR-SNUH",
         "referredAt": "%s"}
        """
            .formatted(UUID.randomUUID().toString().substring(0, 8), day0);
    JsonNode opened =
        read(post("/api/v1/cases", "coordinator", body).andExpect(status().isCreated()));
    String id = opened.get("id").asString();
    String din = opened.get("din").asString();
    String[][] steps = {
      {"physician", "ELIGIBILITY_CONFIRMED", "KR-SNUH"},
      {"coordinator", "PAYER_APPROVED", "KR-SNUH"},
      {"coordinator", "APHERESIS_SCHEDULED", "KR-SNUH"},
      {"nurse", "APHERESIS_COLLECTED", "KR-SNUH"},
      {"courier", "SHIPPED_TO_MANUFACTURER", "KR-COURIER"},
      {"manufacturer", "MANUFACTURING_STARTED", "US-NVS-MP"},
      {"manufacturer", "PRODUCT_RELEASED", "US-NVS-MP"},
      {"courier", "SHIPPED_TO_SITE", "KR-COURIER"},
      {"nurse", "RECEIVED_AT_SITE", "KR-SNUH"},
      {"physician", "LYMPHODEPLETION_STARTED", "KR-SNUH"},
    };
    int day = 1;
    for (String[] step : steps) {
      event(id, step[0], step[1], step[2], day0.plus(day++ * 3L, ChronoUnit.DAYS))
          .andExpect(status().isCreated());
    }
    BedsideFlow flow = new BedsideFlow(mvc);
    String bag = "=" + din + "01";
    flow.sign(id, "manufacturer", "RELEASED", "US-NVS-MP", bag).andExpect(status().isCreated());
    flow.sign(id, "nurse", "RECEIVED_AT_SITE", "KR-SNUH", bag).andExpect(status().isCreated());
    flow.sign(id, "nurse", "THAWED", "KR-SNUH", bag).andExpect(status().isCreated());
    if (matched) {
      flow.verify(id, "nurse", din, bag, "physician")
          .andExpect(jsonPath("$.result").value("MATCH"));
    }
    return new Ready(id, din);
  }

  private ResultActions lymphodepletion(String id, LocalDate started, LocalDate finished)
      throws Exception {
    return post(
        "/api/v1/cases/" + id + "/lymphodepletion",
        "nurse",
        finished == null
            ? "{\"startedOn\": \"%s\"}".formatted(started)
            : "{\"startedOn\": \"%s\", \"finishedOn\": \"%s\"}".formatted(started, finished));
  }

  private String reserveTocilizumab(String id, int doses) throws Exception {
    post(
            "/api/v1/pharmacy/sites/KR-SNUH/tocilizumab/receipts",
            "nurse",
            "{\"doses\": %d, \"lot\": \"TCZ-GATE\"}".formatted(doses))
        .andExpect(status().isCreated());
    return read(post(
                "/api/v1/pharmacy/tocilizumab/reservations",
                "nurse",
                "{\"caseId\": \"%s\", \"doses\": %d}".formatted(id, doses))
            .andExpect(status().isCreated()))
        .get("id")
        .asString();
  }

  private void sign(String id, boolean infectionFree, boolean organs, boolean noNew)
      throws Exception {
    post(
            "/api/v1/cases/" + id + "/pre-infusion-checklist/signature",
            "physician",
            "{\"noActiveInfection\": %s, \"organFunctionAdequate\": %s, \"noNewContraindications\": %s}"
                .formatted(infectionFree, organs, noNew))
        .andExpect(status().isCreated());
  }

  private ResultActions checklist(String id, String user) throws Exception {
    return mvc.perform(
        get("/api/v1/cases/" + id + "/pre-infusion-checklist").with(httpBasic(user, user)));
  }

  private ResultActions infuse(String id) throws Exception {
    return event(id, "nurse", "INFUSED", "KR-SNUH", Instant.now());
  }

  private ResultActions event(String id, String user, String type, String site, Instant at)
      throws Exception {
    return post(
        "/api/v1/cases/" + id + "/events",
        user,
        "{\"eventId\": \"%s\", \"type\": \"%s\", \"occurredAt\": \"%s\", \"siteId\": \"%s\"}"
            .formatted(UUID.randomUUID(), type, at, site));
  }

  private ResultActions post(String path, String user, String body) throws Exception {
    var request =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .with(httpBasic(user, user));
    if (!body.isEmpty()) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  private JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }
}
