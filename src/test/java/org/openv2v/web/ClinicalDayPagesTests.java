package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.bedside.BedsideFlow;
import org.openv2v.shared.ReplayClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The walk through the clinical day, page by page (issue 13), without a browser. */
@IntegrationTest
class ClinicalDayPagesTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  @Test
  void each_role_lands_where_its_work_is_after_signing_in() throws Exception {
    String[][] landings = {
      {"coordinator", "/"},
      {"physician", "/"},
      {"nurse", "/"},
      {"manufacturer", "/manufacturing"},
      {"courier", "/shipments"},
      {"planner", "/planning"},
      {"auditor", "/audit"},
      {"admin", "/admin/users"}
    };
    for (String[] row : landings) {
      mvc.perform(formLogin("/login").user(row[0]).password(row[0]))
          .andExpect(redirectedUrl(row[1]));
    }
  }

  @Test
  void the_checklist_after_infusion_is_a_record_not_an_invitation() throws Exception {
    BedsideFlow flow = new BedsideFlow(mvc);
    JsonNode ready = flow.caseInLymphodepletion(json, "tisa-cel", "DLBCL", "US-NVS-MP");
    String id = ready.get("id").asString();
    String din = ready.get("din").asString();
    flow.bringToBedside(id, "" + din, "KR-SNUH");
    // 201, or 200 when bringing the case to the bedside already verified it.
    flow.verify(id, "nurse", din, "=" + din + "01", "physician")
        .andExpect(status().is2xxSuccessful());
    mvc.perform(
            post("/api/v1/cases/" + id + "/events")
                .with(httpBasic("nurse", "nurse"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"eventId\": \"%s\", \"type\": \"INFUSED\", \"occurredAt\": \"%s\", \"siteId\": \"KR-SNUH\"}"
                        .formatted(UUID.randomUUID(), Instant.now())))
        .andExpect(status().isCreated());

    String panel = page("/cases/" + id + "/safety/checklist", "physician");
    assertThat(panel).contains("data-checklist-record").doesNotContain("may be recorded");
    assertThat(panel).doesNotContain("Sign the checklist").doesNotContain("data-course-form");
    String casePage = page("/cases/" + id, "nurse");
    assertThat(casePage).contains("data-next-action=\"assess\"");
  }

  @Test
  void the_bedside_screen_shows_who_and_what_to_compare_and_offers_the_missing_thaw()
      throws Exception {
    BedsideFlow flow = new BedsideFlow(mvc);
    JsonNode ready = flow.caseInLymphodepletion(json, "tisa-cel", "DLBCL", "US-NVS-MP");
    String id = ready.get("id").asString();
    String screen = page("/cases/" + id + "/bedside", "nurse");
    assertThat(screen).contains("Bedside Patient").contains("1 Jan 1970").contains("Kymriah");
    assertThat(screen).contains("data-thaw-form");

    String casePage = page("/cases/" + id, "nurse");
    assertThat(casePage)
        .contains("data-next-action=\"bedside\"")
        .contains("/cases/" + id + "/bedside");
  }

  @Test
  void the_courier_and_the_auditor_have_their_own_pages() throws Exception {
    assertThat(page("/shipments", "courier")).contains("Shipments");
    mvc.perform(get("/shipments").with(httpBasic("nurse", "nurse")))
        .andExpect(status().isForbidden());
    assertThat(page("/audit?verify=true", "auditor")).contains("data-ledger-verdict");
    mvc.perform(get("/audit").with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_referral_from_the_form_opens_the_new_case() throws Exception {
    mvc.perform(referral("Form Referral", "1971-07-07")).andExpect(status().is3xxRedirection());
    assertRefusedOnTheForm(
        post("/cases/new")
            .with(httpBasic("coordinator", "coordinator"))
            .with(csrf())
            .param("name", "")
            .param("therapy", "tisa-cel|DLBCL"));
  }

  @Test
  void a_referral_born_after_today_in_the_network_is_refused_on_the_form() throws Exception {
    String tomorrow = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1).toString();
    assertRefusedOnTheForm(referral("Too Early", tomorrow));
  }

  @Test
  void the_referral_form_reads_today_from_the_platforms_clock() {
    // Replayed ten days back (as the demo loader replays histories), a birth date five days ago is
    // still to come; a form that read the computer's own calendar would take it.
    String fiveDaysAgo = LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(5).toString();
    ReplayClock.run(
        Instant.now().minus(java.time.Duration.ofDays(10)),
        () -> {
          try {
            assertRefusedOnTheForm(referral("Replayed Referral", fiveDaysAgo));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** The form comes back (200, not a redirect to a new case) with its refusal shown. */
  private void assertRefusedOnTheForm(MockHttpServletRequestBuilder form) throws Exception {
    String page =
        mvc.perform(form).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("data-referral-refusal");
  }

  /** The referral form as a coordinator sends it, complete but for what the test varies. */
  private static MockHttpServletRequestBuilder referral(String name, String birthDate) {
    return post("/cases/new")
        .with(httpBasic("coordinator", "coordinator"))
        .with(csrf())
        .param("name", name)
        .param("birthDate", birthDate)
        .param("sex", "MALE")
        .param("weightKg", "70")
        .param("heightCm", "171")
        .param("mrn", "FR-" + UUID.randomUUID().toString().substring(0, 8))
        .param("therapy", "tisa-cel|DLBCL")
        .param("treatmentCentreId", "KR-SNUH");
  }

  private String page(String path, String user) throws Exception {
    return new SignedInPages(mvc).page(path, user);
  }
}
