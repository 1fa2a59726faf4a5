package org.openv2v.economics.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Economic runs over the API, for planners; no patient data. */
@IntegrationTest
class EconomicsRunApiTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired org.openv2v.jobs.JobRuns jobRuns;

  @Test
  void should_run_a_built_in_model_and_serve_its_summary_and_report() throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/economics/runs")
                    .with(httpBasic("planner", "planner"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"model\": \"us-axicel-site-of-care\", \"psa\": 50, \"seed\": 3}"))
            .andExpect(status().isAccepted())
            .andExpect(header().string("Location", containsString("/api/v1/economics/runs/")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = json.readTree(body).get("id").asString();
    JsonNode run = waitFor(id);
    assertStatus(run, "DONE");
    mvc.perform(get("/api/v1/economics/runs/" + id).with(httpBasic("planner", "planner")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.summary.currency").value("USD"))
        .andExpect(jsonPath("$.summary.arms[0].name").value("academic-inpatient"))
        .andExpect(jsonPath("$.summary.incremental.verdict").value("dominant"))
        .andExpect(jsonPath("$.summary.probabilityCostEffective").isArray());
    mvc.perform(
            get("/api/v1/economics/runs/" + id + "/report").with(httpBasic("planner", "planner")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("<svg")));
  }

  @Test
  void should_run_a_model_sent_as_yaml() throws Exception {
    String yaml =
        new String(getClass().getResourceAsStream("/economics/minimal-model.yaml").readAllBytes());
    String request = json.writeValueAsString(java.util.Map.of("yaml", yaml));
    String body =
        mvc.perform(
                post("/api/v1/economics/runs")
                    .with(httpBasic("planner", "planner"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(request))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertStatus(waitFor(json.readTree(body).get("id").asString()), "DONE");
  }

  @Test
  void should_refuse_a_broken_model_with_its_line_and_field() throws Exception {
    String request =
        json.writeValueAsString(
            java.util.Map.of("yaml", "name: x\ncurrency: USD\nhorizonYears: soon\n"));
    mvc.perform(
            post("/api/v1/economics/runs")
                .with(httpBasic("planner", "planner"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(request))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("line 3")))
        .andExpect(content().string(containsString("horizonYears")));
    mvc.perform(
            post("/api/v1/economics/runs")
                .with(httpBasic("planner", "planner"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"model\": \"nowhere\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/v1/economics/runs")
                .with(httpBasic("planner", "planner"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"model\": \"us-axicel-site-of-care\", \"psa\": 1000000}"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void should_list_the_models_and_answer_404_for_an_unknown_run() throws Exception {
    mvc.perform(get("/api/v1/economics/models").with(httpBasic("auditor", "auditor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].name", hasItem("korea-tisacel-dlbcl")));
    mvc.perform(
            get("/api/v1/economics/runs/" + UUID.randomUUID())
                .with(httpBasic("planner", "planner")))
        .andExpect(status().isNotFound());
  }

  @Test
  void should_keep_economics_from_clinical_roles() throws Exception {
    mvc.perform(get("/api/v1/economics/models").with(httpBasic("nurse", "nurse")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/economics/models")).andExpect(status().isUnauthorized());
  }

  @Test
  void should_sweep_the_value_of_faster_access_from_the_planning_page() throws Exception {
    String location =
        mvc.perform(
                post("/planning/economics/access-value")
                    .with(httpBasic("planner", "planner"))
                    .with(csrf())
                    .param("model", "korea-tisacel-dlbcl")
                    .param("scenario", "trial-juliet")
                    .param("psa", "5")
                    .param("seed", "1"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String id = location.substring(location.lastIndexOf('/') + 1);
    assertStatus(waitFor(id), "DONE");
    mvc.perform(get("/api/v1/economics/runs/" + id).with(httpBasic("planner", "planner")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.summary.analysis").value("access-value"))
        .andExpect(jsonPath("$.summary.rows.length()").value(5))
        .andExpect(jsonPath("$.summary.rows[4].delayDays").value(90.0))
        .andExpect(jsonPath("$.summary.rows[0].source").value(containsString("patients.csv")));
    // The sweep's table is kept with the run, for any node to serve.
    org.assertj.core.api.Assertions.assertThat(
            jobRuns.text(UUID.fromString(id), "access-value.csv").orElseThrow())
        .startsWith("delayDays,fractionInfused,")
        .hasLineCount(6);
    mvc.perform(
            get("/planning/economics/runs/" + id)
                .with(httpBasic("planner", "planner"))
                .header("Accept-Language", "ko"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("지연에 따른 변화")))
        .andExpect(content().string(containsString("<svg")));
  }

  @Test
  void should_refuse_a_sweep_of_a_model_whose_results_do_not_depend_on_the_wait() throws Exception {
    mvc.perform(
            post("/planning/economics/access-value")
                .with(httpBasic("planner", "planner"))
                .with(csrf())
                .param("model", "us-axicel-site-of-care")
                .param("scenario", "korea-2023")
                .param("psa", "0")
                .param("seed", "1"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("intentionToTreat")));
  }

  private JsonNode waitFor(String id) throws Exception {
    for (int i = 0; i < 600; i++) {
      JsonNode run =
          json.readTree(
              mvc.perform(get("/api/v1/economics/runs/" + id).with(httpBasic("planner", "planner")))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString());
      String status = run.get("status").asString();
      if (status.equals("DONE") || status.equals("FAILED")) {
        return run;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("run " + id + " did not finish in 60 s");
  }

  private static void assertStatus(JsonNode run, String expected) {
    org.assertj.core.api.Assertions.assertThat(run.get("status").asString())
        .as(run.toString())
        .isEqualTo(expected);
  }
}
