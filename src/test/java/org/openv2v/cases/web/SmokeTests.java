package org.openv2v.cases.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SmokeTests {

  @Autowired MockMvc mvc;

  @Test
  void coordinator_sees_demo_cases() throws Exception {
    mvc.perform(get("/api/v1/cases").with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").exists());
  }
}
