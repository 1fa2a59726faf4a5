package org.openv2v.patientstatus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.cases.Cases;
import org.openv2v.cases.Patient;
import org.openv2v.cases.Referral;
import org.openv2v.cases.Sex;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The status link panel of the case page: issue (address shown once), list, revoke. */
@IntegrationTest
class StatusLinkPanelTests {

  @Autowired MockMvc mvc;
  @Autowired Cases cases;

  private UUID referAt(String centre, Actor by) {
    return cases
        .refer(
            new Referral(
                new Patient(
                    "Link Patient",
                    LocalDate.of(1975, 5, 5),
                    Sex.MALE,
                    new BigDecimal("70"),
                    new BigDecimal("172"),
                    "LNK-" + UUID.randomUUID().toString().substring(0, 8)),
                "tisa-cel",
                "DLBCL",
                centre,
                null,
                null),
            by)
        .id();
  }

  private UUID referred() {
    return referAt(
        "KR-SNUH",
        new Actor("coordinator", "Demo Coordinator", Role.COORDINATOR, Set.of("KR-SNUH")));
  }

  @Test
  void should_issue_a_link_shown_once_that_opens_until_revoked() throws Exception {
    UUID id = referred();
    String issued =
        mvc.perform(
                post("/cases/{id}/status-links", id)
                    .with(httpBasic("coordinator", "coordinator"))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-issued-url")))
            .andExpect(content().string(containsString("data-revoke")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher url =
        Pattern.compile("value=\"https?://[^\"]*(/status/[A-Za-z0-9_-]+)\"").matcher(issued);
    assertThat(url.find()).isTrue();
    String path = url.group(1);
    mvc.perform(get(path)).andExpect(status().isOk());

    String listed =
        mvc.perform(get("/cases/{id}/status-links", id).with(httpBasic("physician", "physician")))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString(path))))
            .andExpect(content().string(containsString("data-revoked=\"false\"")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher link = Pattern.compile("data-link=\"([0-9a-f-]{36})\"").matcher(listed);
    assertThat(link.find()).isTrue();

    mvc.perform(
            post("/cases/{id}/status-links/{link}/revoke", id, link.group(1))
                .with(httpBasic("physician", "physician"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Link revoked")))
        .andExpect(content().string(containsString("data-revoked=\"true\"")));
    mvc.perform(get(path)).andExpect(status().isNotFound());
  }

  @Test
  void should_refuse_the_panel_to_roles_that_do_not_issue_links() throws Exception {
    UUID id = referred();
    for (String user : new String[] {"nurse", "manufacturer", "courier", "auditor"}) {
      mvc.perform(get("/cases/{id}/status-links", id).with(httpBasic(user, user)))
          .andExpect(status().isForbidden());
      mvc.perform(post("/cases/{id}/status-links", id).with(httpBasic(user, user)).with(csrf()))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void should_not_issue_links_for_a_case_of_another_centre() throws Exception {
    UUID id = referAt("KR-AMC", new Actor("amc", "AMC", Role.COORDINATOR, Set.of("KR-AMC")));
    mvc.perform(
            post("/cases/{id}/status-links", id)
                .with(httpBasic("coordinator", "coordinator"))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void should_show_the_panel_on_the_case_page_to_coordinators_only() throws Exception {
    UUID id = referred();
    mvc.perform(get("/cases/{id}", id).with(httpBasic("coordinator", "coordinator")))
        .andExpect(content().string(containsString("data-panel=\"status-links\"")));
    mvc.perform(get("/cases/{id}", id).with(httpBasic("nurse", "nurse")))
        .andExpect(content().string(not(containsString("data-panel=\"status-links\""))))
        .andExpect(content().string(containsString("data-panel=\"assessments\"")));
  }

  @Test
  void should_show_no_alert_bar_when_nothing_was_refused() throws Exception {
    UUID id = referred();
    mvc.perform(get("/cases/{id}/status-links", id).with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-status-links")))
        .andExpect(content().string(not(containsString("message--alert"))));
  }
}
