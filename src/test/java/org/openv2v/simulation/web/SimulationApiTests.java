package org.openv2v.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Simulations over the API: started in the background, followed, reported; planners only. */
@IntegrationTest
class SimulationApiTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired ConfigurableApplicationContext context;

  @Test
  void should_run_a_built_in_scenario_in_the_background_and_report_it() throws Exception {
    String body =
        simulate("{\"scenario\":\"trial-zuma1\",\"years\":1,\"replications\":4,\"seed\":7}")
            .andExpect(status().isAccepted())
            .andExpect(header().string("Location", containsString("/api/v1/simulations/")))
            .andExpect(jsonPath("$.scenario").value("trial-zuma1"))
            .andExpect(jsonPath("$.requestedBy").value("planner"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = json.readTree(body).get("id").asString();

    JsonNode done = waitUntilFinished(id);
    assertThat(done.get("state").asString()).isEqualTo("DONE");
    assertThat(done.get("progress").asDouble()).isEqualTo(1.0);
    assertThat(done.at("/summary/fractionInfused/mean").asDouble()).isBetween(0.8, 1.0);
    assertThat(done.at("/summary/withdrawn/death").isNumber()).isTrue();

    mvc.perform(get("/api/v1/simulations/" + id + "/report").with(httpBasic("auditor", "auditor")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("<svg")));
  }

  /**
   * The test framework pauses a context it is not using and starts it again; a stopped db-scheduler
   * cannot start again, so every start must bring a new one (runs stayed queued otherwise).
   */
  @Test
  void should_still_run_simulations_after_the_platform_is_stopped_and_started_again()
      throws Exception {
    context.stop();
    context.start();
    String body =
        simulate("{\"scenario\":\"trial-zuma1\",\"years\":1,\"replications\":2,\"seed\":5}")
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode done = waitUntilFinished(json.readTree(body).get("id").asString());
    assertThat(done.get("state").asString()).isEqualTo("DONE");
  }

  @Test
  void should_run_a_scenario_sent_as_yaml() throws Exception {
    String yaml =
        new String(
            getClass().getResourceAsStream("/scenarios/trial-juliet.yaml").readAllBytes(),
            StandardCharsets.UTF_8);
    String body =
        mvc.perform(
                post("/api/v1/simulations?years=1&replications=2&seed=3")
                    .with(httpBasic("planner", "planner"))
                    .contentType("application/yaml")
                    .content(yaml))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode done = waitUntilFinished(json.readTree(body).get("id").asString());
    assertThat(done.get("state").asString()).isEqualTo("DONE");
  }

  @Test
  void should_refuse_a_broken_scenario_naming_its_line_and_field() throws Exception {
    String yaml =
        new String(
                getClass().getResourceAsStream("/scenarios/korea-2023.yaml").readAllBytes(),
                StandardCharsets.UTF_8)
            .replace("slotsPerWeek: 4 ", "slotsPerWeek: 0 ");
    mvc.perform(
            post("/api/v1/simulations?years=1&replications=2&seed=3")
                .with(httpBasic("planner", "planner"))
                .contentType("application/yaml")
                .content(yaml))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail").value(containsString("manufacturing.slotsPerWeek must be > 0")))
        .andExpect(jsonPath("$.detail").value(containsString("scenario.yaml line ")));
  }

  @Test
  void should_refuse_an_unknown_scenario_and_bad_numbers() throws Exception {
    simulate("{\"scenario\":\"mars-2040\",\"years\":1,\"replications\":1,\"seed\":1}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("korea-2023")));
    simulate("{\"scenario\":\"korea-2023\",\"years\":1000,\"replications\":1,\"seed\":1}")
        .andExpect(status().isBadRequest());
    mvc.perform(
            get("/api/v1/simulations/" + UUID.randomUUID()).with(httpBasic("planner", "planner")))
        .andExpect(status().isNotFound());
  }

  @Test
  void should_list_the_built_in_scenarios() throws Exception {
    mvc.perform(get("/api/v1/simulations/scenarios").with(httpBasic("planner", "planner")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].name").value(hasItem("korea-2023")))
        .andExpect(jsonPath("$[*].name").value(hasItem("trial-juliet")));
  }

  @Test
  void should_keep_simulations_to_planners_admins_and_auditors() throws Exception {
    mvc.perform(get("/api/v1/simulations/scenarios").with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/simulations")
                .with(httpBasic("auditor", "auditor"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"scenario\":\"korea-2023\",\"years\":1,\"replications\":1,\"seed\":1}"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/simulations").with(httpBasic("auditor", "auditor")))
        .andExpect(status().isOk());
  }

  /**
   * A run is scheduled in the request's transaction; it starts when that commits, not at the
   * scheduler's next poll (every 2 s here as in the platform). Three runs in a row that each left
   * the queue within a second would, waiting for polls, happen about one time in eight.
   */
  @Test
  void should_start_a_run_as_soon_as_it_is_accepted_not_at_the_next_poll() throws Exception {
    for (int run = 0; run < 3; run++) {
      long accepted = System.nanoTime();
      String body =
          simulate(
                  "{\"scenario\":\"trial-zuma1\",\"years\":1,\"replications\":2,"
                      + "\"seed\":"
                      + run
                      + "}")
              .andExpect(status().isAccepted())
              .andReturn()
              .getResponse()
              .getContentAsString();
      String id = json.readTree(body).get("id").asString();
      String state = "QUEUED";
      while (state.equals("QUEUED") && System.nanoTime() - accepted < 1_000_000_000L) {
        Thread.sleep(20);
        state =
            json.readTree(
                    mvc.perform(
                            get("/api/v1/simulations/" + id).with(httpBasic("planner", "planner")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("state")
                .asString();
      }
      assertThat(state).as("run %d a second after it was accepted", run).isNotEqualTo("QUEUED");
      waitUntilFinished(id);
    }
  }

  /** A planner's request to start a simulation. */
  private ResultActions simulate(String request) throws Exception {
    return mvc.perform(
        post("/api/v1/simulations")
            .with(httpBasic("planner", "planner"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(request));
  }

  private JsonNode waitUntilFinished(String id) throws Exception {
    for (int i = 0; i < 600; i++) {
      String body =
          mvc.perform(get("/api/v1/simulations/" + id).with(httpBasic("planner", "planner")))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      JsonNode status = json.readTree(body);
      String state = status.get("state").asString();
      if (state.equals("DONE") || state.equals("FAILED")) {
        return status;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("simulation " + id + " did not finish within a minute");
  }
}
