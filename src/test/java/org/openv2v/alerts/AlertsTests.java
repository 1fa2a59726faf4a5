package org.openv2v.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Alerts go to the sites they name and to quality, once per key, on real PostgreSQL. */
@IntegrationTest
class AlertsTests {

  @Autowired Alerts alerts;
  @Autowired MockMvc mvc;

  private static final Actor SNUH_NURSE =
      new Actor("nurse", "Demo Nurse", Role.NURSE, Set.of("KR-SNUH"));
  private static final Actor AMC_NURSE =
      new Actor("amc-nurse", "Other Nurse", Role.NURSE, Set.of("KR-AMC"));
  private static final Actor QUALITY =
      new Actor("auditor", "Demo Auditor", Role.AUDITOR, Set.of("KR-SNUH"));
  private static final Actor ADMIN = new Actor("admin", "Admin", Role.ADMIN, Set.of("KR-SNUH"));

  @Test
  void should_raise_an_alert_once_per_key() {
    NewAlert alert = excursion(UUID.randomUUID(), "KR-SNUH");
    Alert first = alerts.raise(alert);
    Alert again = alerts.raise(alert);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(alerts.visibleTo(SNUH_NURSE, byCase(alert)))
        .extracting(Alert::id)
        .containsExactly(first.id());
  }

  @Test
  void should_show_an_alert_to_its_sites_and_quality_only() {
    NewAlert alert = excursion(UUID.randomUUID(), "KR-SNUH");
    alerts.raise(alert);
    assertThat(alerts.visibleTo(SNUH_NURSE, byCase(alert))).hasSize(1);
    assertThat(alerts.visibleTo(QUALITY, byCase(alert))).hasSize(1);
    assertThat(alerts.visibleTo(AMC_NURSE, byCase(alert))).isEmpty();
    assertThat(alerts.visibleTo(ADMIN, byCase(alert))).isEmpty();
  }

  @Test
  void should_close_an_alert_when_acknowledged_and_keep_the_first_acknowledgement() {
    NewAlert alert = excursion(UUID.randomUUID(), "KR-SNUH");
    Alert raised = alerts.raise(alert);
    Alert acknowledged = alerts.acknowledge(raised.id(), SNUH_NURSE);
    assertThat(acknowledged.acknowledgedBy()).contains("nurse");
    assertThat(alerts.acknowledge(raised.id(), QUALITY).acknowledgedBy()).contains("nurse");
    assertThat(alerts.visibleTo(SNUH_NURSE, byCase(alert))).isEmpty();
    assertThat(
            alerts.visibleTo(
                SNUH_NURSE, new AlertQuery(true, alert.caseId(), AlertQuery.MAX_LIMIT)))
        .hasSize(1);
  }

  @Test
  void should_not_let_another_site_acknowledge_an_alert() {
    Alert raised = alerts.raise(excursion(UUID.randomUUID(), "KR-SNUH"));
    assertThatThrownBy(() -> alerts.acknowledge(raised.id(), AMC_NURSE))
        .isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).kind())
        .isEqualTo(Refusal.Kind.NOT_FOUND);
  }

  @Test
  void should_list_and_acknowledge_over_the_api() throws Exception {
    NewAlert alert = excursion(UUID.randomUUID(), "KR-SNUH");
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

  private static AlertQuery byCase(NewAlert alert) {
    return new AlertQuery(false, alert.caseId(), 10);
  }

  private static NewAlert excursion(UUID caseId, String site) {
    return new NewAlert(
        AlertKind.TEMPERATURE_EXCURSION,
        Severity.CRITICAL,
        Optional.of(caseId),
        Set.of(site),
        "Shipment SHP-1: −142 °C for 40 min, above the −150 °C limit",
        "test-excursion-" + caseId);
  }
}
