package org.openv2v.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Administrators manage accounts over the API (issue 13, item 11): every change takes effect at
 * once on every channel and is recorded for the auditor, and no answer carries a password or hash.
 */
@IntegrationTest
class UserManagementApiTests {

  private static final String GOOD = "violet-harbour-stapler";

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;

  @Test
  void should_create_an_account_that_signs_in_and_show_no_password_or_hash() throws Exception {
    String name = newName();
    String body =
        mvc.perform(
                asAdmin(post("/api/v1/users"))
                    .content(newAccount(name, "NURSE", "[\"KR-SNUH\"]", GOOD)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/api/v1/users/" + name))
            .andExpect(jsonPath("$.username").value(name))
            .andExpect(jsonPath("$.role").value("NURSE"))
            .andExpect(jsonPath("$.siteIds[0]").value("KR-SNUH"))
            .andExpect(jsonPath("$.enabled").value(true))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String list =
        mvc.perform(asAdmin(get("/api/v1/users")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].username", hasItem(name)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String answer : new String[] {body, list}) {
      assertThat(answer)
          .doesNotContain(GOOD)
          .doesNotContain("$2a$")
          .doesNotContainIgnoringCase("hash");
    }
    mvc.perform(get("/api/v1/cases").with(httpBasic(name, GOOD))).andExpect(status().isOk());
    assertThat(accounts.verify(name, GOOD)).isPresent();
  }

  @Test
  void should_refuse_bad_fields_with_problem_json_naming_each() throws Exception {
    String name = newName();
    mvc.perform(
            asAdmin(post("/api/v1/users"))
                .content(newAccount(name, "NURSE", "[\"KR-NOWHERE\"]", name + "-pass")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", hasItem("siteIds")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("password")));
    mvc.perform(
            asAdmin(post("/api/v1/users"))
                .content(newAccount("Bad Name!", "NURSE", "[\"KR-SNUH\"]", GOOD)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("username"));
    mvc.perform(
            asAdmin(post("/api/v1/users"))
                .content(newAccount(name, "MANUFACTURER", "[\"KR-SNUH\"]", GOOD)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("siteIds"));
    mvc.perform(
            asAdmin(post("/api/v1/users"))
                .content(newAccount(name, "SURGEON", "[\"KR-SNUH\"]", GOOD)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("role"));
    mvc.perform(
            asAdmin(post("/api/v1/users"))
                .content(newAccount(name, "NURSE", "[\"KR-SNUH\"]", "password2024!")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("password"));
    mvc.perform(asAdmin(get("/api/v1/users/" + name))).andExpect(status().isNotFound());
  }

  @Test
  void should_answer_409_for_a_name_that_is_taken() throws Exception {
    mvc.perform(
            asAdmin(post("/api/v1/users"))
                .content(newAccount("nurse", "NURSE", "[\"KR-SNUH\"]", GOOD)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("username"));
  }

  @Test
  void should_stop_a_disabled_user_on_every_channel_and_end_its_sessions() throws Exception {
    String name = created("PHYSICIAN");
    // Sessions live in PostgreSQL (Spring Session), found by their cookie.
    Cookie session =
        mvc.perform(formLogin("/login").user(name).password(GOOD))
            .andExpect(redirectedUrl("/"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(get("/settings").cookie(session)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/cases").with(httpBasic(name, GOOD))).andExpect(status().isOk());

    mvc.perform(asAdmin(post("/api/v1/users/" + name + "/disable")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.enabled").value(false));

    mvc.perform(get("/settings").cookie(session))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login?ended"));
    mvc.perform(get("/api/v1/cases").with(httpBasic(name, GOOD)))
        .andExpect(status().isUnauthorized());
    mvc.perform(formLogin("/login").user(name).password(GOOD))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(accounts.verify(name, GOOD)).as("signature re-entry").isEmpty();

    mvc.perform(asAdmin(post("/api/v1/users/" + name + "/enable")))
        .andExpect(jsonPath("$.enabled").value(true));
    mvc.perform(get("/api/v1/cases").with(httpBasic(name, GOOD))).andExpect(status().isOk());
  }

  @Test
  void should_let_only_the_new_password_work_after_a_reset() throws Exception {
    String name = created("COORDINATOR");
    mvc.perform(get("/api/v1/cases").with(httpBasic(name, GOOD))).andExpect(status().isOk());
    mvc.perform(
            asAdmin(put("/api/v1/users/" + name + "/password"))
                .content("{\"password\": \"" + name + "-2026-new\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("password"));
    mvc.perform(
            asAdmin(put("/api/v1/users/" + name + "/password"))
                .content("{\"password\": \"tangerine-lantern-orbit\"}"))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/cases").with(httpBasic(name, GOOD)))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/cases").with(httpBasic(name, "tangerine-lantern-orbit")))
        .andExpect(status().isOk());
  }

  @Test
  void should_change_role_and_sites_and_record_every_change_for_the_auditor() throws Exception {
    String name = created("NURSE");
    mvc.perform(
            asAdmin(put("/api/v1/users/" + name))
                .content(
                    "{\"displayName\": \"Kim Ji-woo\", \"role\": \"PHYSICIAN\","
                        + " \"siteIds\": [\"KR-SMC\"]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.role").value("PHYSICIAN"))
        .andExpect(jsonPath("$.siteIds[0]").value("KR-SMC"));
    assertThat(accounts.verify(name, GOOD).orElseThrow().siteIds()).containsExactly("KR-SMC");
    mvc.perform(asAdmin(post("/api/v1/users/" + name + "/disable")));
    mvc.perform(
        asAdmin(put("/api/v1/users/" + name + "/password"))
            .content("{\"password\": \"tangerine-lantern-orbit\"}"));

    String audit =
        mvc.perform(
                get("/api/v1/audit/account-changes")
                    .param("username", name)
                    .with(httpBasic("auditor", "auditor")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].action").value("PASSWORD_RESET"))
            .andExpect(jsonPath("$[1].action").value("DISABLED"))
            .andExpect(jsonPath("$[2].action").value("CHANGED"))
            .andExpect(jsonPath("$[2].changedBy").value("admin"))
            .andExpect(jsonPath("$[2].details.role.from").value("NURSE"))
            .andExpect(jsonPath("$[2].details.role.to").value("PHYSICIAN"))
            .andExpect(jsonPath("$[2].details.sitesAdded[0]").value("KR-SMC"))
            .andExpect(jsonPath("$[2].details.sitesRemoved[0]").value("KR-SNUH"))
            .andExpect(jsonPath("$[3].action").value("CREATED"))
            .andExpect(jsonPath("$[*].changedAt").exists())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(audit).doesNotContain(GOOD).doesNotContain("tangerine").doesNotContain("$2a$");
    mvc.perform(get("/api/v1/audit/account-changes").with(httpBasic("admin", "admin")))
        .andExpect(status().isForbidden());
  }

  @Test
  void should_not_let_an_administrator_disable_or_demote_themselves() throws Exception {
    mvc.perform(asAdmin(post("/api/v1/users/admin/disable")))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            asAdmin(put("/api/v1/users/admin"))
                .content(
                    "{\"displayName\": \"Admin\", \"role\": \"NURSE\", \"siteIds\": [\"KR-SNUH\"]}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("role"));
    mvc.perform(asAdmin(get("/api/v1/users/admin"))).andExpect(jsonPath("$.enabled").value(true));
    mvc.perform(asAdmin(get("/api/v1/users")))
        .andExpect(jsonPath("$[*].passwordHash").doesNotExist());
    mvc.perform(asAdmin(get("/api/v1/users")))
        .andExpect(jsonPath("$[*].username", not(hasItem("nobody"))));
  }

  private String created(String role) throws Exception {
    String name = newName();
    mvc.perform(
            asAdmin(post("/api/v1/users")).content(newAccount(name, role, "[\"KR-SNUH\"]", GOOD)))
        .andExpect(status().isCreated());
    return name;
  }

  private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
    return request.with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON);
  }

  private static String newAccount(String name, String role, String sites, String password) {
    return """
        {"username": "%s", "displayName": "시험 사용자 %s", "role": "%s", "siteIds": %s, "password": "%s"}
        """
        .formatted(name, name, role, sites, password);
  }

  private static String newName() {
    return "u" + UUID.randomUUID().toString().substring(0, 8);
  }
}
