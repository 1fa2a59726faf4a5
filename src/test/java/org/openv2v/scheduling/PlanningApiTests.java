package org.openv2v.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.network.Network;
import org.openv2v.scheduling.domain.DiseaseTempo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A planning run over the API: background, compared with FCFS, applied only when accepted. */
@IntegrationTest
class PlanningApiTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Cases cases;
  @Autowired Network network;
  @Autowired Capacity capacity;
  @Autowired Bookings bookings;

  @Test
  void should_plan_in_the_background_and_book_only_what_a_coordinator_accepts() throws Exception {
    SchedulingFixture fixture = new SchedulingFixture(cases, network, capacity);
    String unit = fixture.apheresisUnit(3);
    List<UUID> waiting = new ArrayList<>();
    for (DiseaseTempo tempo : DiseaseTempo.values()) {
      CaseView approved = fixture.approvedCase(unit);
      bookings.joinWaitlist(
          approved.id(),
          new OptionsRequest(java.util.Set.of(), 0, tempo),
          SchedulingFixture.COORDINATOR);
      waiting.add(approved.id());
    }
    JsonNode started =
        body(
            mvc.perform(
                    post("/api/v1/planning/runs")
                        .with(httpBasic("coordinator", "coordinator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeLimitSeconds\": 2}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("RUNNING")));
    String runId = started.get("id").asString();
    JsonNode run = started;
    for (int i = 0; i < 240 && run.get("status").asString().equals("RUNNING"); i++) {
      Thread.sleep(500);
      run =
          body(
              mvc.perform(
                  get("/api/v1/planning/runs/" + runId)
                      .with(httpBasic("coordinator", "coordinator"))));
      assertThat(run.get("progress").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(run.get("status").asString()).isEqualTo("DONE");
    assertThat(run.get("progress").asDouble()).isEqualTo(1.0);
    assertThat(run.get("score").asString()).startsWith("0hard/");
    assertThat(run.get("scoreByConstraint").size()).isEqualTo(8);
    assertThat(run.get("weightedMeanWaitDays").isNumber()).isTrue();
    assertThat(run.get("fifoWeightedMeanWaitDays").isNumber()).isTrue();
    assertThat(run.get("weightedMeanWaitDays").asDouble())
        .isLessThanOrEqualTo(run.get("fifoWeightedMeanWaitDays").asDouble());
    List<JsonNode> mine = new ArrayList<>();
    run.get("assignments")
        .forEach(
            a -> {
              if (waiting.contains(UUID.fromString(a.get("caseId").asString()))) {
                mine.add(a);
              }
            });
    assertThat(mine)
        .hasSize(3)
        .allSatisfy(a -> assertThat(a.get("decision").asString()).isEqualTo("PROPOSED"));
    JsonNode proposal = mine.get(0);
    String caseId = proposal.get("caseId").asString();
    assertThat(proposal.get("optionId").isString()).isTrue();

    // Proposals are never applied silently.
    mvc.perform(
            get("/api/v1/cases/" + caseId + "/schedule")
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(jsonPath("$.booking").doesNotExist());
    mvc.perform(
            post("/api/v1/planning/runs/" + runId + "/assignments/" + caseId + "/acceptance")
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.apheresisDate").value(proposal.get("apheresisDate").asString()));
    mvc.perform(
            post("/api/v1/planning/runs/" + runId + "/assignments/" + caseId + "/acceptance")
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isConflict());
    String other = mine.get(1).get("caseId").asString();
    mvc.perform(
            post("/api/v1/planning/runs/" + runId + "/assignments/" + other + "/rejection")
                .param("note", "patient prefers a later date")
                .with(httpBasic("physician", "physician")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decision").value("REJECTED"));
    mvc.perform(
            get("/api/v1/cases/" + other + "/schedule")
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(jsonPath("$.booking").doesNotExist())
        .andExpect(jsonPath("$.waitlist.status").value("WAITING"));
  }

  @Test
  void should_refuse_planning_to_roles_that_do_not_schedule() throws Exception {
    mvc.perform(
            post("/api/v1/planning/runs")
                .with(httpBasic("manufacturer", "manufacturer"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/planning/runs/" + UUID.randomUUID())
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isNotFound());
  }

  private JsonNode body(org.springframework.test.web.servlet.ResultActions result)
      throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }
}
