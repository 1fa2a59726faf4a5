package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.security.NewUser;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Until the platform is ready (the demo and its users loaded) it answers 503 and checks no
 * password, so an early sign-in neither fails nor counts toward the lock; health says so too.
 */
@IntegrationTest
class StartingUpTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired UserAccounts accounts;

  @Test
  void before_ready_every_request_is_told_to_come_back_and_no_sign_in_counts() throws Exception {
    String nurse = "early-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "early-bird-" + nurse;
    accounts.createIfAbsent(
        new NewUser(nurse, "Early Nurse", Role.NURSE, Set.of("KR-SNUH"), password, false));
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    try {
      for (int attempt = 0; attempt < 6; attempt++) {
        mvc.perform(
                post("/login")
                    .with(csrf())
                    .header("Accept", "text/html")
                    .param("username", nurse)
                    .param("password", "not-yet-" + attempt))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "5"))
            .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
            .andExpect(content().string(Matchers.containsString("try again")));
      }
      mvc.perform(get("/login").header("Accept", "text/html").param("lang", "ko"))
          .andExpect(status().isServiceUnavailable())
          .andExpect(content().string(Matchers.containsString("시작하는 중")));
      mvc.perform(get("/api/v1/cases").with(httpBasic("coordinator", "coordinator")))
          .andExpect(status().isServiceUnavailable())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.detail").value(Matchers.containsString("starting")));
      mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
      mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable());
    } finally {
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
    mvc.perform(get("/actuator/health/readiness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
    // Six wrong passwords were sent, none was checked: the right one opens at once.
    mvc.perform(post("/login").with(csrf()).param("username", nurse).param("password", password))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", Matchers.not(Matchers.containsString("/login"))));
  }

  @Test
  void the_console_line_names_the_address_and_in_demo_mode_the_sign_in() {
    assertThat(ReadyAnnouncement.line("8080", true))
        .isEqualTo("Ready: http://localhost:8080, sign in as coordinator/coordinator");
    assertThat(ReadyAnnouncement.line("9090", false)).isEqualTo("Ready: http://localhost:9090");
  }
}
