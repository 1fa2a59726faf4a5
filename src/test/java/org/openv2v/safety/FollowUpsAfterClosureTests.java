package org.openv2v.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.bedside.BedsideFlow;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.web.SignedInPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case that ends (death, withdrawal, follow-up completed) owes no more follow-up: its open items
 * no longer count as overdue or due on Home, in the service, or on its follow-up panel.
 */
@IntegrationTest
class FollowUpsAfterClosureTests {

  private static final Actor COORDINATOR =
      new Actor("coordinator", "Demo Coordinator", Role.COORDINATOR, Set.of("KR-SNUH", "KR-SMC"));

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired FollowUps followUps;

  @Test
  void a_closed_case_counts_toward_no_overdue_follow_up() throws Exception {
    SignedInPages pages = new SignedInPages(mvc);
    UUID id = infusedCase();
    // Ten days pass: the infusion's daily checks and first visits fall overdue.
    jdbc.sql(
            "update safety.follow_up_item set window_opens = window_opens - 10,"
                + " due_on = due_on - 10 where case_id = ?")
        .param(id)
        .update();
    assertThat(followUps.overdue(COORDINATOR)).anyMatch(item -> item.caseId().equals(id));
    assertThat(pages.section(pages.page("/", "coordinator"), "tasks-overdue"))
        .contains(id.toString());

    record(id, "CLOSED", "\"reason\": \"DEATH\", ");

    assertThat(followUps.overdue(COORDINATOR)).noneMatch(item -> item.caseId().equals(id));
    assertThat(
            followUps.dueOn(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")), COORDINATOR))
        .noneMatch(item -> item.caseId().equals(id));
    String home = pages.page("/", "coordinator");
    assertThat(pages.section(home, "tasks-overdue")).doesNotContain(id.toString());
    assertThat(pages.section(home, "tasks-dueToday")).doesNotContain(id.toString());
    String panel = pages.page("/cases/" + id + "/safety/follow-up", "coordinator");
    assertThat(panel).doesNotContain("data-status=\"overdue\"").contains("data-status=\"ended\"");
  }

  private UUID infusedCase() throws Exception {
    BedsideFlow flow = new BedsideFlow(mvc);
    JsonNode ready = flow.caseInLymphodepletion(json, "tisa-cel", "DLBCL", "US-NVS-MP");
    String id = ready.get("id").asString();
    String din = ready.get("din").asString();
    flow.bringToBedside(id, din, "KR-SNUH");
    flow.verify(id, "nurse", din, "=" + din + "01", "physician")
        .andExpect(status().is2xxSuccessful());
    record(UUID.fromString(id), "INFUSED", "");
    return UUID.fromString(id);
  }

  private void record(UUID id, String type, String extra) throws Exception {
    mvc.perform(
            post("/api/v1/cases/" + id + "/events")
                .with(httpBasic("physician", "physician"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"eventId\": \"%s\", \"type\": \"%s\", %s\"occurredAt\": \"%s\", \"siteId\": \"KR-SNUH\"}"
                        .formatted(UUID.randomUUID(), type, extra, Instant.now())))
        .andExpect(status().isCreated());
  }
}
