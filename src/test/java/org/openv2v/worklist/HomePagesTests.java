package org.openv2v.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.alerts.Alert;
import org.openv2v.alerts.AlertKind;
import org.openv2v.alerts.Alerts;
import org.openv2v.alerts.NewAlert;
import org.openv2v.alerts.Severity;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.Patient;
import org.openv2v.cases.Referral;
import org.openv2v.cases.Sex;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.NewEvent;
import org.openv2v.security.Actor;
import org.openv2v.security.NewUser;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.openv2v.shared.Refusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The home at {@code /}: who gets it, what it shows them, and what it keeps from them. */
@IntegrationTest
class HomePagesTests {

  private static final Actor COORDINATOR =
      new Actor("coordinator", "Demo Coordinator", Role.COORDINATOR, Set.of("KR-SNUH", "KR-SMC"));
  private static final Actor PHYSICIAN =
      new Actor("physician", "Demo Physician", Role.PHYSICIAN, Set.of("KR-SNUH", "KR-SMC"));
  private static final Actor MAKER =
      new Actor("manufacturer", "Demo Manufacturer", Role.MANUFACTURER, Set.of("US-NVS-MP"));
  private static final String OTHER_CENTRE = "KR-AMC";
  private static final Actor OTHER =
      new Actor("amc-coordinator", "AMC Coordinator", Role.COORDINATOR, Set.of(OTHER_CENTRE));

  @Autowired MockMvc mvc;
  @Autowired Cases cases;
  @Autowired Alerts alerts;
  @Autowired UserAccounts accounts;
  @Autowired Worklist worklist;

  private CaseView refer(String name, String centre, Actor actor) {
    return refer(name, centre, actor, 2);
  }

  private CaseView refer(String name, String centre, Actor actor, int daysAgo) {
    return cases.refer(
        new Referral(
            new Patient(
                name,
                LocalDate.of(1971, 5, 5),
                Sex.MALE,
                new BigDecimal("70"),
                new BigDecimal("170"),
                "WL-" + UUID.randomUUID().toString().substring(0, 8)),
            "tisa-cel",
            "DLBCL",
            centre,
            null,
            Instant.now().minus(daysAgo, ChronoUnit.DAYS)),
        actor);
  }

  private void record(UUID caseId, CaseEventType type, Actor actor, String site) {
    cases.record(
        caseId,
        new NewEvent(
            UUID.randomUUID(), type, Instant.now(), site, Optional.empty(), Optional.empty()),
        actor);
  }

  /** A case at SNUH collected without its custody record. */
  private CaseView collectedWithoutSignature(String name) {
    CaseView opened = refer(name, "KR-SNUH", COORDINATOR);
    record(opened.id(), CaseEventType.ELIGIBILITY_CONFIRMED, PHYSICIAN, "KR-SNUH");
    record(opened.id(), CaseEventType.PAYER_APPROVED, COORDINATOR, "KR-SNUH");
    record(opened.id(), CaseEventType.APHERESIS_SCHEDULED, COORDINATOR, "KR-SNUH");
    record(opened.id(), CaseEventType.APHERESIS_COLLECTED, PHYSICIAN, "KR-SNUH");
    return opened;
  }

  private String home(String user) throws Exception {
    return mvc.perform(get("/").with(httpBasic(user, user)))
        .andExpect(status().isOk())
        .andExpect(view().name("worklist/home"))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private void otherCentreUser() {
    accounts.createIfAbsent(
        new NewUser(
            OTHER.username(),
            OTHER.displayName(),
            Role.COORDINATOR,
            Set.of(OTHER_CENTRE),
            OTHER.username(),
            false));
  }

  @Test
  void should_show_the_coordinator_tasks_pipeline_alerts_and_search_with_names() throws Exception {
    CaseView collected = collectedWithoutSignature("Worklist Unsigned-Patient");

    String page = home("coordinator");

    assertThat(page)
        .contains("id=\"tasks-overdue\"", "id=\"tasks-dueToday\"", "id=\"tasks-waitingOnOthers\"")
        .contains("id=\"pipeline\"", "id=\"alerts\"", "name=\"q\"", "action=\"/cases\"")
        .contains("data-stage=\"INTAKE\"", "data-stage=\"AFTER_INFUSION\"")
        .contains("Worklist Unsigned-Patient", collected.reference())
        .contains("Custody record not signed: collected");
    // The collection just happened: due today, not yet overdue.
    String dueToday = section(page, "tasks-dueToday");
    assertThat(dueToday)
        .contains("data-kind=\"UNSIGNED_CUSTODY\" data-case-id=\"" + collected.id() + "\"");
    assertThat(section(page, "tasks-overdue")).doesNotContain(collected.id().toString());
  }

  @Test
  void should_show_waiting_on_the_payer_and_a_case_to_book() throws Exception {
    CaseView eligible = refer("Worklist Payer-Patient", "KR-SMC", COORDINATOR);
    record(eligible.id(), CaseEventType.ELIGIBILITY_CONFIRMED, PHYSICIAN, "KR-SMC");
    CaseView approved = refer("Worklist Booking-Patient", "KR-SMC", COORDINATOR);
    record(approved.id(), CaseEventType.ELIGIBILITY_CONFIRMED, PHYSICIAN, "KR-SMC");
    record(approved.id(), CaseEventType.PAYER_APPROVED, COORDINATOR, "KR-SMC");

    String page = home("physician");

    assertThat(section(page, "tasks-waitingOnOthers"))
        .contains(
            "data-kind=\"WAITING_ON\" data-case-id=\""
                + eligible.id()
                + "\" data-detail=\"PAYER\"");
    assertThat(section(page, "tasks-dueToday"))
        .contains("data-kind=\"TO_BOOK\" data-case-id=\"" + approved.id() + "\"");
  }

  @Test
  void should_keep_another_centres_cases_and_alerts_out_of_each_home() throws Exception {
    otherCentreUser();
    CaseView ours = collectedWithoutSignature("Worklist Ours-Patient");
    CaseView theirs = refer("Worklist Theirs-Patient", OTHER_CENTRE, OTHER);
    Alert theirAlert =
        alerts.raise(
            new NewAlert(
                AlertKind.OTHER,
                Severity.WARNING,
                Optional.of(theirs.id()),
                Set.of(OTHER_CENTRE),
                "Worklist test alert for the other centre",
                "worklist-test:" + UUID.randomUUID()));

    String coordinator = home("coordinator");
    String other = home(OTHER.username());

    assertThat(coordinator)
        .doesNotContain(theirs.id().toString(), "Worklist Theirs-Patient")
        .doesNotContain("Worklist test alert for the other centre");
    assertThat(other)
        .contains(theirs.id().toString(), "Worklist Theirs-Patient")
        // Raised with its English message only: marked as English on a page in any language.
        .contains("lang=\"en\">Worklist test alert for the other centre<")
        .doesNotContain(ours.id().toString(), "Worklist Ours-Patient");
    // Nor may the coordinator acknowledge it by guessing its id.
    mvc.perform(
            post("/worklist/alerts/" + theirAlert.id() + "/acknowledge")
                .with(httpBasic("coordinator", "coordinator"))
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(alerts.visibleTo(OTHER, org.openv2v.alerts.AlertQuery.open()))
        .extracting(Alert::id)
        .contains(theirAlert.id());
  }

  @Test
  void should_acknowledge_an_alert_from_the_home_with_the_csrf_token_only() throws Exception {
    CaseView ours = refer("Worklist Alert-Patient", "KR-SNUH", COORDINATOR);
    Alert raised =
        alerts.raise(
            new NewAlert(
                AlertKind.TEMPERATURE_EXCURSION,
                Severity.CRITICAL,
                Optional.of(ours.id()),
                Set.of("KR-SNUH"),
                "Worklist test excursion " + ours.reference(),
                "worklist-test:" + UUID.randomUUID()));
    assertThat(home("nurse")).contains("data-alert-id=\"" + raised.id() + "\"");

    mvc.perform(
            post("/worklist/alerts/" + raised.id() + "/acknowledge")
                .with(httpBasic("nurse", "nurse")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/worklist/alerts/" + raised.id() + "/acknowledge")
                .with(httpBasic("nurse", "nurse"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/?acknowledged#alerts"));

    assertThat(home("nurse")).doesNotContain("data-alert-id=\"" + raised.id() + "\"");
  }

  @Test
  void should_refuse_acknowledging_to_those_without_a_home() throws Exception {
    mvc.perform(
            post("/worklist/alerts/" + UUID.randomUUID() + "/acknowledge")
                .with(httpBasic("manufacturer", "manufacturer"))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void should_send_the_other_roles_where_their_work_is() throws Exception {
    for (String[] row :
        new String[][] {
          {"manufacturer", "/manufacturing"},
          {"planner", "/planning"},
          {"admin", "/admin/users"},
          {"courier", "/shipments"}
        }) {
      mvc.perform(get("/").with(httpBasic(row[0], row[0])))
          .andExpect(status().is3xxRedirection())
          .andExpect(redirectedUrl(row[1]));
    }
  }

  @Test
  void should_never_build_a_home_for_a_manufacturer_who_sees_no_names() throws Exception {
    collectedWithoutSignature("Worklist Hidden-Patient");
    String body =
        mvc.perform(get("/").with(httpBasic("manufacturer", "manufacturer")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).doesNotContain("Worklist Hidden-Patient");
    assertThatThrownBy(() -> worklist.home(MAKER))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
  }

  @Test
  void should_show_names_to_the_auditor_who_reads_every_site() throws Exception {
    // Long in its stage, so that it leads its pipeline column whatever else the database holds.
    refer("Worklist Audited-Patient", "KR-SNUH", COORDINATOR, 900);
    assertThat(home("auditor")).contains("Worklist Audited-Patient");
  }

  @Test
  void should_search_the_case_list_by_name_only_for_those_who_see_names_and_by_din_for_all()
      throws Exception {
    CaseView found = refer("Worklist Searched-Patient", "KR-SNUH", COORDINATOR);
    String coordinator =
        mvc.perform(
                get("/cases")
                    .param("q", "Searched-Patient")
                    .with(httpBasic("coordinator", "coordinator")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(coordinator).contains(found.reference(), "value=\"Searched-Patient\"");
    assertThat(coordinator.split("data-case-id=").length - 1).isEqualTo(1);

    String byName =
        mvc.perform(
                get("/cases")
                    .param("q", "Searched-Patient")
                    .with(httpBasic("manufacturer", "manufacturer")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(byName).doesNotContain(found.reference());
    String byDin =
        mvc.perform(
                get("/cases")
                    .param("q", found.din())
                    .with(httpBasic("manufacturer", "manufacturer")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(byDin).contains(found.reference()).doesNotContain("Worklist Searched-Patient");
  }

  @Test
  void should_speak_korean_when_asked() throws Exception {
    String page =
        mvc.perform(get("/").param("lang", "ko").with(httpBasic("coordinator", "coordinator")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("오늘 할 일", "진행 현황", "다른 곳 대기");
  }

  /** The HTML of the element with this id, up to the next section of the page. */
  private static String section(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as(id).isNotNegative();
    int end = page.indexOf("</section>", start);
    return page.substring(start, end);
  }
}
