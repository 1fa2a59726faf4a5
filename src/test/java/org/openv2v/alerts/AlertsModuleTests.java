package org.openv2v.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.ModuleTest;
import org.openv2v.cases.Cases;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Alerts alone (a module test): they go to the sites they name and to quality, once per key, on
 * real PostgreSQL. The API over them is tested with the whole platform in {@link AlertsTests}.
 */
@ModuleTest
class AlertsModuleTests {

  /** The API's one collaborator from another module: it has no dependencies of its own. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Collaborators {

    @Bean
    CurrentActor currentActor() {
      return new CurrentActor();
    }
  }

  private static final Actor SNUH_NURSE =
      new Actor("nurse", "Demo Nurse", Role.NURSE, Set.of("KR-SNUH"));
  private static final Actor AMC_NURSE =
      new Actor("amc-nurse", "Other Nurse", Role.NURSE, Set.of("KR-AMC"));
  private static final Actor QUALITY =
      new Actor("auditor", "Demo Auditor", Role.AUDITOR, Set.of("KR-SNUH"));
  private static final Actor ADMIN = new Actor("admin", "Admin", Role.ADMIN, Set.of("KR-SNUH"));

  @Autowired Alerts alerts;
  @Autowired ApplicationContext context;

  @Test
  void should_start_without_the_modules_that_raise_alerts() {
    assertThat(context.getBeanNamesForType(Alerts.class)).hasSize(1);
    assertThat(context.getBeanNamesForType(Cases.class)).isEmpty();
  }

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

  static AlertQuery byCase(NewAlert alert) {
    return new AlertQuery(false, alert.caseId(), 10);
  }

  static NewAlert excursion(UUID caseId, String site) {
    return new NewAlert(
        AlertKind.TEMPERATURE_EXCURSION,
        Severity.CRITICAL,
        Optional.of(caseId),
        Set.of(site),
        "Shipment SHP-1: −142 °C for 40 min, above the −150 °C limit",
        "test-excursion-" + caseId);
  }
}
