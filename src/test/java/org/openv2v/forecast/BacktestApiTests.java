package org.openv2v.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.forecast.backtest.BacktestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The backtest on the demo's recorded history, over the API and as a page, and who may run it. */
@IntegrationTest
class BacktestApiTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  private JsonNode get200(String url, String user) throws Exception {
    return json.readTree(
        mvc.perform(get(url).with(httpBasic(user, user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void should_score_the_demo_s_last_year_of_forecasts_against_what_happened() throws Exception {
    JsonNode body = get200("/api/v1/forecasts/backtest?step=14&seed=1", "planner");
    assertThat(body.get("stepDays").asInt()).isEqualTo(14);
    assertThat(body.get("daysReplayed").asInt()).isEqualTo(27); // 365 / 14 + 1
    assertThat(body.get("forecasts").asInt()).isGreaterThan(20);
    JsonNode reached = body.get("reachedInfusion");
    assertThat(reached.get("scored").asInt()).isPositive();
    assertThat(reached.get("brier").asDouble()).isBetween(0.0, 1.0);
    assertThat(reached.get("calibration")).isNotEmpty();
    JsonNode within = body.get("infusedWithin");
    assertThat(within.get("scored").asInt()).isGreaterThanOrEqualTo(reached.get("scored").asInt());
    assertThat(within.get("brier").asDouble()).isBetween(0.0, 1.0);
    assertThat(body.get("coverage").get("infused").asInt()).isPositive();
    assertThat(body.get("coverage").get("p10ToP90").asDouble()).isBetween(0.0, 1.0);
    assertThat(body.get("modelVersion").asText()).isEqualTo(Forecasts.MODEL_VERSION);
    // the same seed and records: the same scores
    assertThat(
            get200("/api/v1/forecasts/backtest?step=14&seed=1", "coordinator").get("infusedWithin"))
        .isEqualTo(within);
  }

  @Test
  void should_refuse_other_roles_and_a_bad_period_in_words() throws Exception {
    for (String role : new String[] {"nurse", "physician", "manufacturer", "courier", "auditor"}) {
      mvc.perform(get("/api/v1/forecasts/backtest").with(httpBasic(role, role)))
          .andExpect(status().isForbidden());
    }
    for (String query :
        new String[] {
          "from=2026-03-01&to=2026-02-01",
          "from=2020-01-01&to=2026-01-01",
          "step=0",
          "step=92",
          "from=yesterday",
          "step=seven",
          "from=+999999999-12-31&to=+999999999-12-31",
          "from=1999-12-31&to=2000-02-01"
        }) {
      mvc.perform(get("/api/v1/forecasts/backtest?" + query).with(httpBasic("planner", "planner")))
          .andExpect(status().isBadRequest());
    }
  }

  @Test
  void should_export_the_records_without_identity_to_planners_only() throws Exception {
    String body =
        mvc.perform(get("/api/v1/forecasts/backtest/records").with(httpBasic("planner", "planner")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    BacktestRecords records = json.readValue(body, BacktestRecords.class);
    assertThat(records.histories()).hasSizeGreaterThan(15);
    assertThat(records.capacity().slots()).isNotEmpty();
    assertThat(body).doesNotContain("V2V-").doesNotContain("Lee Jae-hoon").doesNotContain("SNUH-1");
    mvc.perform(
            get("/api/v1/forecasts/backtest/records").with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isForbidden());
  }

  @Test
  void should_show_the_page_with_its_plot_in_korean() throws Exception {
    String page =
        mvc.perform(
                get("/forecast/backtest?lang=ko&step=28")
                    .with(httpBasic("coordinator", "coordinator")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("예측 사후 검증").contains("<svg").contains("브라이어 점수");
    String refused =
        mvc.perform(get("/forecast/backtest?lang=en&step=0").with(httpBasic("planner", "planner")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("data-backtest=\"refused\"");
    mvc.perform(get("/forecast/backtest").with(httpBasic("nurse", "nurse")))
        .andExpect(status().isForbidden());
  }
}
