package org.openv2v.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.security.NewUser;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The browser-facing protections: headers, CSRF and sign-in throttling. */
@IntegrationTest
class WebSecurityTests {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;

  @Test
  void should_send_a_content_security_policy_and_deny_framing() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    allOf(
                        containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"))))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
  }

  @Test
  void should_refuse_a_form_post_without_a_csrf_token() throws Exception {
    mvc.perform(post("/login").param("username", "nurse").param("password", "nurse"))
        .andExpect(status().isForbidden());
  }

  @Test
  void should_pause_form_sign_in_after_five_wrong_passwords() throws Exception {
    String name = newUser();
    for (int i = 0; i < 5; i++) {
      mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "guess"))
          .andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(post("/login").with(csrf()).param("username", name).param("password", name))
        .andExpect(redirectedUrl("/login?locked"));
    mvc.perform(get("/login").param("locked", ""))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(containsString("Too many wrong passwords")));
  }

  @Test
  void should_pause_api_sign_in_after_five_wrong_passwords() throws Exception {
    String name = newUser();
    mvc.perform(get("/api/v1/cases").with(httpBasic(name, name))).andExpect(status().isOk());
    for (int i = 0; i < 5; i++) {
      mvc.perform(get("/api/v1/cases").with(httpBasic(name, "guess")))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/v1/cases").with(httpBasic(name, name)))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value(containsString("Too many failed sign-ins")));
  }

  private String newUser() {
    String name = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createIfAbsent(
        new NewUser(name, "Throttle Test", Role.NURSE, Set.of("KR-SNUH"), name, false));
    return name;
  }
}
