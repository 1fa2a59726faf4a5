package org.openv2v.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.cases.Cases;
import org.openv2v.cases.OpenCase;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stored forecasts of the demo's open cases, and who may read them. */
@IntegrationTest
class ForecastApiTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Forecasts forecasts;
  @Autowired Cases cases;
  @Autowired ForecastDrift drift;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void should_forecast_every_open_demo_case_before_infusion() throws Exception {
    forecasts.refresh();
    List<OpenCase> open = cases.openBeforeInfusion();
    assertThat(open).isNotEmpty();
    Actor quality = new Actor("auditor", "Quality", Role.AUDITOR, allSites(open));
    Set<UUID> forecast =
        forecasts.visibleTo(quality).stream().map(ForecastView::caseId).collect(Collectors.toSet());
    assertThat(forecast).containsAll(open.stream().map(OpenCase::id).toList());
    for (ForecastView f : forecasts.visibleTo(quality)) {
      assertThat(f.probabilityInfused()).isBetween(0.0, 1.0);
      assertThat(f.modelVersion()).isEqualTo(Forecasts.MODEL_VERSION);
      f.p50().ifPresent(p50 -> assertThat(f.p10().orElseThrow()).isBeforeOrEqualTo(p50));
      f.p50().ifPresent(p50 -> assertThat(f.p90().orElseThrow()).isAfterOrEqualTo(p50));
    }
  }

  @Test
  void should_answer_one_case_with_dates_and_hide_the_reference_from_the_manufacturer()
      throws Exception {
    forecasts.refresh();
    OpenCase atSnuh =
        cases.openBeforeInfusion().stream()
            .filter(c -> c.treatmentCentreId().equals("KR-SNUH"))
            .filter(c -> c.manufacturingSiteId().equals("US-NVS-MP"))
            .findFirst()
            .orElseThrow();
    JsonNode body =
        json.readTree(
            mvc.perform(
                    get("/api/v1/cases/" + atSnuh.id() + "/forecast")
                        .with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(atSnuh.reference()))
                .andExpect(jsonPath("$.computedAt").isNotEmpty())
                .andExpect(jsonPath("$.modelVersion").value(Forecasts.MODEL_VERSION))
                .andExpect(jsonPath("$.mainRisk").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(body.get("probabilityInfused").asDouble()).isBetween(0.0, 1.0);
    mvc.perform(
            get("/api/v1/cases/" + atSnuh.id() + "/forecast")
                .with(httpBasic("manufacturer", "manufacturer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reference").doesNotExist())
        .andExpect(jsonPath("$.din").isNotEmpty());
    String list =
        mvc.perform(get("/api/v1/forecasts").with(httpBasic("manufacturer", "manufacturer")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).doesNotContain("V2V-").doesNotContain("patient");
    mvc.perform(get("/api/v1/forecasts").with(httpBasic("planner", "planner")))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/cases/" + UUID.randomUUID() + "/forecast")
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/cases/not-a-uuid/forecast").with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void should_give_the_same_forecast_twice_for_the_same_state() {
    forecasts.refresh();
    Actor quality =
        new Actor("auditor", "Quality", Role.AUDITOR, allSites(cases.openBeforeInfusion()));
    var first = forecasts.visibleTo(quality);
    forecasts.refresh();
    var second = forecasts.visibleTo(quality);
    // Same seed, same state (nothing happened between): the same dates and chances.
    assertThat(second.stream().map(ForecastsSnapshot::of).toList())
        .isEqualTo(first.stream().map(ForecastsSnapshot::of).toList());
  }

  @Test
  void should_show_fewer_infusions_in_90_days_when_slots_are_cut_and_commit_nothing()
      throws Exception {
    java.time.LocalDate monday =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))
            .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    StringBuilder cuts = new StringBuilder();
    for (int w = 0; w < 8; w++) {
      if (w > 0) {
        cuts.append(',');
      }
      cuts.append(
          """
          {"kind": "SLOT_CHANGE", "facilityId": "US-NVS-MP", "productCode": "tisa-cel",
           "weekStart": "%s", "units": -100}
          """
              .formatted(monday.plusWeeks(w)));
    }
    JsonNode cut =
        json.readTree(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                            "/api/v1/forecasts/what-if")
                        .with(httpBasic("planner", "planner"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"changes\": [" + cuts + "], \"days\": 90}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(cut.get("infusionsDifference").get("mean").asDouble()).isNegative();
    assertThat(cut.get("infusionsDifference").get("upper").asDouble()).isNegative();
    assertThat(cut.get("infusionsNow").get("lower").asDouble())
        .isLessThanOrEqualTo(cut.get("infusionsNow").get("mean").asDouble());
    assertThat(cut.get("lossesDifference").get("mean").asDouble()).isGreaterThanOrEqualTo(0);
    // Nothing committed: the published slots are as they were.
    mvc.perform(get("/api/v1/capacity").with(httpBasic("planner", "planner")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath(
                    "$.slots[?(@.facilityId == 'US-NVS-MP' && @.weekStart == '"
                        + monday.plusWeeks(2)
                        + "')].capacity")
                .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.greaterThan(0))));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/api/v1/forecasts/what-if")
                .with(httpBasic("planner", "planner"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(
                    "{\"changes\": [{\"kind\": \"SLOT_CHANGE\", \"facilityId\": \"US-NVS-MP\","
                        + " \"productCode\": \"tisa-cel\", \"weekStart\": \""
                        + monday.plusDays(1)
                        + "\", \"units\": 1}]}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/api/v1/forecasts/what-if")
                .with(httpBasic("planner", "planner"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(
                    "{\"changes\": [{\"kind\": \"MOVE_PATIENT\", \"caseId\": \""
                        + UUID.randomUUID()
                        + "\", \"priority\": 3}]}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/api/v1/forecasts/what-if")
                .with(httpBasic("nurse", "nurse"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"changes\": [{\"kind\": \"LANE_CHANGE\"}]}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void should_alert_the_centre_naming_why_when_the_date_moves_later_than_allowed() {
    forecasts.refresh();
    OpenCase open = cases.openBeforeInfusion().get(0);
    // Dates far from any real forecast, so that background refreshes cannot raise the same keys.
    java.time.LocalDate base = java.time.LocalDate.of(2031, 3, 3);
    var before = storedOf(open, CaseStateHolder.PAYER_APPROVED, base, 3);
    var fiveDaysLater = storedOf(open, CaseStateHolder.PAYER_APPROVED, base.plusDays(5), 3);
    var failed = storedOf(open, CaseStateHolder.MANUFACTURING_FAILED, base.plusDays(21), 3);
    drift.check(before, fiveDaysLater, 7);
    assertThat(driftAlerts(open.id(), base.plusDays(5))).isZero();
    drift.check(before, failed, 7);
    drift.check(before, failed, 7); // the same drift raised twice is one alert
    assertThat(driftAlerts(open.id(), base.plusDays(21))).isEqualTo(1);
    assertThat(
            jdbc.sql("select array_to_string(site_ids, ',') from alerts.alert where alert_key = ?")
                .param("forecast:drift:" + open.id() + ":" + base.plusDays(21))
                .query(String.class)
                .single())
        .contains(open.treatmentCentreId());
    assertThat(ForecastDrift.reason(before, failed))
        .isEqualTo(ForecastDrift.Reason.MANUFACTURING_FAILED);
    var waitLonger = storedOf(open, CaseStateHolder.PAYER_APPROVED, base.plusDays(21), 20);
    assertThat(ForecastDrift.reason(before, waitLonger)).isEqualTo(ForecastDrift.Reason.SLOT_WAIT);
    var queue = storedOf(open, CaseStateHolder.PAYER_APPROVED, base.plusDays(21), 3);
    assertThat(ForecastDrift.reason(before, queue)).isEqualTo(ForecastDrift.Reason.QUEUE_CHANGED);
  }

  private int driftAlerts(UUID caseId, java.time.LocalDate p50) {
    return jdbc.sql(
            "select count(*) from alerts.alert where kind = 'FORECAST_DRIFT' and alert_key = ?")
        .param("forecast:drift:" + caseId + ":" + p50)
        .query(Integer.class)
        .single();
  }

  /** The states the drift test uses. */
  private static final class CaseStateHolder {
    static final org.openv2v.cases.domain.CaseState PAYER_APPROVED =
        org.openv2v.cases.domain.CaseState.PAYER_APPROVED;
    static final org.openv2v.cases.domain.CaseState MANUFACTURING_FAILED =
        org.openv2v.cases.domain.CaseState.MANUFACTURING_FAILED;
  }

  private static org.openv2v.forecast.internal.ForecastRows.Stored storedOf(
      OpenCase open,
      org.openv2v.cases.domain.CaseState state,
      java.time.LocalDate p50,
      double slotWait) {
    var c =
        new OpenCase(
            open.id(),
            open.reference(),
            open.din(),
            state,
            open.stateSince(),
            open.productCode(),
            open.indication(),
            open.treatmentCentreId(),
            open.apheresisSiteId(),
            open.manufacturingSiteId(),
            open.courierSiteId(),
            0);
    return org.openv2v.forecast.internal.ForecastRows.Stored.of(
        c,
        new ForecastView(
            c.id(),
            java.util.Optional.of(c.reference()),
            c.din(),
            c.state(),
            c.productCode(),
            0.8,
            java.util.Optional.of(p50.minusDays(5)),
            java.util.Optional.of(p50),
            java.util.Optional.of(p50.plusDays(9)),
            org.openv2v.forecast.domain.Risk.PROGRESSION,
            java.util.Map.of(),
            slotWait,
            java.time.Instant.now(),
            Forecasts.MODEL_VERSION,
            1,
            400));
  }

  private static Set<String> allSites(List<OpenCase> open) {
    return open.stream().flatMap(c -> c.participants().stream()).collect(Collectors.toSet());
  }

  /** What a forecast says, without the time it was computed. */
  record ForecastsSnapshot(UUID caseId, double p, Object p10, Object p50, Object p90, Object risk) {
    static ForecastsSnapshot of(ForecastView f) {
      return new ForecastsSnapshot(
          f.caseId(), f.probabilityInfused(), f.p10(), f.p50(), f.p90(), f.mainRisk());
    }
  }
}
