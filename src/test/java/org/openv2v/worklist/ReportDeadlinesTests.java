package org.openv2v.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.fhir.RegistryDeadlines;
import org.openv2v.fhir.internal.RegistrySubmissions;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Registry and regulator forms on the Home: due within the horizon or overdue, not yet submitted,
 * overdue ones flagged, gone once the submission is recorded.
 */
@IntegrationTest
class ReportDeadlinesTests {

  private static final Actor COORDINATOR =
      new Actor("coordinator", "Demo Coordinator", Role.COORDINATOR, Set.of("KR-SNUH", "KR-SMC"));
  private static final Actor MAKER =
      new Actor("manufacturer", "Demo Manufacturer", Role.MANUFACTURER, Set.of("US-NVS-MP"));

  @Autowired Worklist worklist;
  @Autowired RegistryDeadlines deadlines;
  @Autowired RegistrySubmissions submissions;
  @Autowired Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.of("Asia/Seoul")));
  }

  @Test
  void should_list_the_forms_due_by_the_day_for_a_lymphoma_case_infused_200_days_ago() {
    LocalDate today = today();
    UUID caseId = UUID.randomUUID();
    List<RegistryDeadlines.DueForm> due =
        deadlines.unsubmitted(
            List.of(new RegistryDeadlines.InfusedCase(caseId, today.minusDays(200), "DLBCL")),
            today,
            COORDINATOR);
    assertThat(due)
        .extracting(d -> d.form() + "/" + d.timepoint())
        .containsExactlyInAnyOrder(
            "cibmtr-4000/infusion",
            "cibmtr-4003/infusion",
            "cibmtr-4006/infusion",
            "cibmtr-4100/day-100",
            "ebmt-ct-day-100/day-100",
            "cibmtr-4100/month-6",
            "ebmt-ct-follow-up/month-6",
            "hira-outcome/month-6");
    assertThat(due).isSortedAccordingTo(Comparator.comparing(RegistryDeadlines.DueForm::dueOn));
    // Myeloma is not in HIRA's lymphoma outcome reporting; MFDS's first year is not due yet.
    assertThat(
            deadlines.unsubmitted(
                List.of(new RegistryDeadlines.InfusedCase(caseId, today.minusDays(200), "MM")),
                today,
                COORDINATOR))
        .noneMatch(d -> d.form().equals("hira-outcome") || d.form().equals("mfds-ltfu"));
  }

  @Test
  void should_show_overdue_and_coming_forms_on_the_home_until_recorded_as_submitted() {
    LocalDate today = today();
    List<ReportDue> reports = worklist.home(COORDINATOR).reports();
    assertThat(reports).isNotEmpty();
    assertThat(reports)
        .allSatisfy(r -> assertThat(r.dueOn()).isBeforeOrEqualTo(today.plusDays(30)));
    assertThat(reports)
        .allSatisfy(r -> assertThat(r.overdue()).isEqualTo(r.dueOn().isBefore(today)));
    assertThat(reports).anyMatch(ReportDue::overdue);
    assertThat(reports).isSortedAccordingTo(Comparator.comparing(ReportDue::dueOn));

    ReportDue first = reports.get(0);
    submissions.submit(
        first.caseCard().id(),
        first.form(),
        first.timepoint(),
        today,
        Optional.of("TEST-1"),
        COORDINATOR);
    assertThat(worklist.home(COORDINATOR).reports())
        .noneMatch(
            r ->
                r.caseCard().id().equals(first.caseCard().id())
                    && r.form().equals(first.form())
                    && r.timepoint().equals(first.timepoint()));
  }

  @Test
  void should_refuse_the_deadlines_to_those_who_do_not_report() {
    assertThatThrownBy(() -> deadlines.unsubmitted(List.of(), today(), MAKER))
        .isInstanceOf(Refusal.class);
  }
}
