package org.openv2v.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator's account pages, in English and Korean, with errors beside their fields. */
@IntegrationTest
class UserPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;

  @Test
  void should_list_accounts_with_role_and_site_names_and_never_a_hash() throws Exception {
    String page = page(get("/admin/users"));
    assertThat(page)
        .contains(
            "id=\"users\"", "nurse", "Demo Nurse", "Nurse", "Seoul National University Hospital")
        .contains("href=\"/admin/users/new\"")
        .doesNotContain("$2a$", "password_hash", "KR-SNUH<");
    String korean = page(get("/admin/users").param("lang", "ko"));
    assertThat(korean).contains("사용자", "간호사", "새 사용자").doesNotContain(">NURSE<");
  }

  @Test
  void should_create_an_account_from_the_form_and_show_it_with_its_history() throws Exception {
    String name = "p" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(
            asAdmin(post("/admin/users"))
                .param("username", name)
                .param("displayName", "Park Min-ji")
                .param("role", "COORDINATOR")
                .param("siteIds", "KR-SMC")
                .param("password", "violet-harbour-stapler"))
        .andExpect(redirectedUrl("/admin/users/" + name + "?saved=created"));
    assertThat(accounts.find(name).orElseThrow().role()).isEqualTo(Role.COORDINATOR);

    String shown = page(get("/admin/users/" + name).param("saved", "created"));
    assertThat(shown)
        .contains("Park Min-ji", "id=\"saved\"", "Account created", "id=\"disable-form\"")
        .doesNotContain("violet-harbour-stapler");

    mvc.perform(asAdmin(post("/admin/users/" + name + "/disable")))
        .andExpect(redirectedUrl("/admin/users/" + name + "?saved=disabled"));
    String korean = page(get("/admin/users/" + name).param("lang", "ko"));
    assertThat(korean).contains("사용 중지", "id=\"enable-form\"", "계정 생성");
    assertThat(accounts.find(name).orElseThrow().enabled()).isFalse();
  }

  @Test
  void should_show_each_problem_beside_its_field_in_the_readers_language() throws Exception {
    String page =
        page(
            asAdmin(post("/admin/users"))
                .param("lang", "ko")
                .param("username", "Kim Nurse")
                .param("displayName", "")
                .param("role", "MANUFACTURER")
                .param("siteIds", "KR-SNUH")
                .param("password", "password1"));
    assertThat(page)
        .contains("id=\"username-error\"", "id=\"displayName-error\"", "id=\"sites-error\"")
        .contains("id=\"password-error\"", "12자 이상", "가장 흔한 비밀번호")
        .contains("value=\"Kim Nurse\"")
        .doesNotContain("password1\"");
    String english =
        page(
            asAdmin(post("/admin/users/nurse/password"))
                .param("lang", "en")
                .param("password", "nurse-and-more"));
    assertThat(english).contains("must not contain the user name");
  }

  @Test
  void should_keep_the_admin_from_disabling_their_own_account_and_refuse_others() throws Exception {
    String self = page(get("/admin/users/admin"));
    assertThat(self).contains("This is your own account").doesNotContain("id=\"disable-form\"");
    mvc.perform(asAdmin(post("/admin/users/admin/disable"))).andExpect(status().isOk());
    assertThat(accounts.find("admin").orElseThrow().enabled()).isTrue();
    mvc.perform(get("/admin/users").with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/users/nobody-here").with(httpBasic("admin", "admin")))
        .andExpect(status().isNotFound());
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
    return request.with(httpBasic("admin", "admin")).with(csrf());
  }
}
