package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The server-rendered pages without a browser: who gets which page, and the friendly errors. */
@IntegrationTest
class WebPagesTests {

  @Autowired MockMvc mvc;

  @Test
  void coordinator_gets_the_case_list_with_patient_names() throws Exception {
    mvc.perform(get("/cases").with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isOk())
        .andExpect(view().name("cases/list"))
        .andExpect(content().string(Matchers.containsString("Demo Coordinator")))
        .andExpect(content().string(Matchers.containsString("class=\"ref\"")))
        .andExpect(content().string(Matchers.containsString("Kim Min-jun")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("identity withheld"))));
  }

  @Test
  void case_page_shows_the_chain_of_identity_number_with_its_check_character() throws Exception {
    String list =
        mvc.perform(get("/api/v1/cases?size=1").with(httpBasic("coordinator", "coordinator")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = list.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
    String din = list.replaceAll("(?s).*?\"din\":\"([A-Z0-9]{13})\".*", "$1");
    String eyeReadable = din.substring(0, 5) + " " + din.substring(5, 7) + " " + din.substring(7);
    mvc.perform(get("/cases/" + id).with(httpBasic("manufacturer", "manufacturer")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(eyeReadable + " ")));
  }

  @Test
  void anonymous_visitor_is_sent_to_the_sign_in_page() throws Exception {
    // A browser asks for HTML; the form login's entry point answers it with a redirect.
    mvc.perform(get("/cases").accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", Matchers.endsWith("/login")));
  }

  @Test
  void an_unknown_case_answers_404_with_the_friendly_page() throws Exception {
    String body =
        mvc.perform(
                get("/cases/" + UUID.randomUUID()).with(httpBasic("coordinator", "coordinator")))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith("text/html"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body)
        .contains("We could not find that case", "Back to the cases", "href=\"/cases\"")
        .doesNotContain("Exception", "at org.");
  }

  @Test
  void a_case_address_that_is_not_an_id_is_not_found_either() throws Exception {
    mvc.perform(get("/cases/not-a-case").with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isNotFound())
        .andExpect(content().string(Matchers.containsString("We could not find that case")));
  }

  @Test
  void an_unknown_page_answers_404_with_the_friendly_page() throws Exception {
    mvc.perform(get("/no-such-page").with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isNotFound());
    // MockMvc does not forward to /error as a servlet container does; the browser tests cover it.
  }

  @Test
  void sign_in_page_shows_the_demo_users_and_the_messages() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")))
        .andExpect(content().string(Matchers.containsString("<code>manufacturer</code>")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Sign-in failed"))));
    mvc.perform(get("/login").param("error", ""))
        .andExpect(content().string(Matchers.containsString("Sign-in failed")));
    mvc.perform(get("/login").param("signedOut", ""))
        .andExpect(content().string(Matchers.containsString("You have signed out")));
  }

  @Test
  void htmx_filter_request_gets_only_the_results_and_the_address_to_show() throws Exception {
    String body =
        mvc.perform(
                get("/cases")
                    .param("state", "FOLLOW_UP")
                    .param("centre", "")
                    .header("HX-Request", "true")
                    .with(httpBasic("coordinator", "coordinator")))
            .andExpect(status().isOk())
            .andExpect(header().string("HX-Push-Url", "/cases?state=FOLLOW_UP"))
            .andExpect(header().stringValues("Vary", Matchers.hasItem("HX-Request")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body)
        .doesNotContain("<html", "topbar")
        .contains("id=\"case-results\"", "data-state=\"FOLLOW_UP\"");
    assertThat(body.split("class=\"ref\"").length - 1)
        .isEqualTo(body.split("data-state=\"FOLLOW_UP\"").length - 1);
  }

  @Test
  void manufacturer_sees_cases_without_patient_identity() throws Exception {
    String body =
        mvc.perform(get("/cases").with(httpBasic("manufacturer", "manufacturer")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).contains("identity withheld").doesNotContain("Kim Min-jun", "SNUH-10482731");
  }

  @Test
  void admin_is_told_why_the_list_is_empty() throws Exception {
    mvc.perform(get("/cases").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                // The words come from the message bundle; th:text escapes the apostrophe.
                .string(Matchers.containsString("Administrators do not see patients&#39; cases.")));
  }
}
