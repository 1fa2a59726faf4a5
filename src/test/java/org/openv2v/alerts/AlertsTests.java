package org.openv2v.alerts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The alerts API with the whole platform: listing and acknowledging by role and site. The service
 * alone is tested in {@link AlertsModuleTests}.
 */
@IntegrationTest
class AlertsTests {

  @Autowired Alerts alerts;
  @Autowired MockMvc mvc;

  @Test
  void should_list_and_acknowledge_over_the_api() throws Exception {
    NewAlert alert = AlertsModuleTests.excursion(UUID.randomUUID(), "KR-SNUH");
    Alert raised = alerts.raise(alert);
    String caseId = alert.caseId().orElseThrow().toString();
    mvc.perform(get("/api/v1/alerts").param("caseId", caseId).with(httpBasic("nurse", "nurse")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(raised.id().toString()))
        .andExpect(jsonPath("$[0].kind").value("TEMPERATURE_EXCURSION"))
        .andExpect(jsonPath("$[0].severity").value("CRITICAL"));
    mvc.perform(
            post("/api/v1/alerts/{id}/acknowledgement", raised.id())
                .with(httpBasic("nurse", "nurse")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.acknowledgedBy").value("nurse"));
  }

  @Test
  void should_refuse_roles_without_cases_and_bad_limits() throws Exception {
    mvc.perform(get("/api/v1/alerts").with(httpBasic("admin", "admin")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/alerts").with(httpBasic("planner", "planner")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/alerts").param("limit", "0").with(httpBasic("nurse", "nurse")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("limit"));
  }
}
