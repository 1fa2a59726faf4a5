package org.openv2v.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.Patient;
import org.openv2v.cases.Referral;
import org.openv2v.cases.Sex;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The case page's own actions: a form per event the state allows and the reader records. */
@IntegrationTest
class CaseActionPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Cases cases;

  private static final Actor COORDINATOR =
      new Actor("coordinator", "Demo Coordinator", Role.COORDINATOR, Set.of("KR-SNUH", "KR-SMC"));

  private CaseView refer(String centre, Actor by) {
    return cases.refer(
        new Referral(
            new Patient(
                "Action Patient",
                LocalDate.of(1970, 4, 4),
                Sex.FEMALE,
                new BigDecimal("61"),
                new BigDecimal("162"),
                "ACT-" + UUID.randomUUID().toString().substring(0, 8)),
            "tisa-cel",
            "DLBCL",
            centre,
            null,
            null),
        by);
  }

  @Test
  void should_offer_each_reader_only_the_events_their_role_records_now() throws Exception {
    UUID id = refer("KR-SNUH", COORDINATOR).id();
    page(id, "coordinator")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-action=\"WITHDRAWN\"")))
        .andExpect(content().string(not(containsString("data-action=\"ELIGIBILITY_CONFIRMED\""))))
        .andExpect(content().string(containsString("Payer refusal")));
    page(id, "physician")
        .andExpect(content().string(containsString("data-action=\"ELIGIBILITY_CONFIRMED\"")))
        .andExpect(content().string(containsString("data-action=\"WITHDRAWN\"")));
    page(id, "nurse").andExpect(content().string(not(containsString("data-action="))));
    page(id, "manufacturer").andExpect(content().string(not(containsString("data-action="))));
  }

  @Test
  void should_withdraw_with_its_reason_and_come_back_with_a_notice() throws Exception {
    UUID id = refer("KR-SNUH", COORDINATOR).id();
    record(id, "coordinator", "WITHDRAWN", "PATIENT_CHOICE")
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/cases/" + id))
        .andExpect(flash().attribute("actionNotice", "Withdrawn: recorded."));
    assertThat(cases.find(id, COORDINATOR).state()).isEqualTo(CaseState.WITHDRAWN);
    page(id, "coordinator").andExpect(content().string(not(containsString("data-action="))));
  }

  @Test
  void should_refuse_a_withdrawal_without_a_reason_on_the_page() throws Exception {
    UUID id = refer("KR-SNUH", COORDINATOR).id();
    record(id, "coordinator", "WITHDRAWN", "")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("data-action-refusal")))
        .andExpect(content().string(containsString("Choose the reason for: Withdrawn")));
    assertThat(cases.find(id, COORDINATOR).state()).isEqualTo(CaseState.REFERRED);
  }

  @Test
  void should_show_a_conflict_and_a_forbidden_role_as_refusals_on_the_page() throws Exception {
    UUID id = refer("KR-SNUH", COORDINATOR).id();
    record(id, "physician", "INFUSED", "")
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Infused cannot be recorded now")))
        .andExpect(content().string(not(containsString("INFUSED is not allowed"))));
    record(id, "coordinator", "ELIGIBILITY_CONFIRMED", "")
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("is recorded by")));
    record(id, "auditor", "WITHDRAWN", "DEATH")
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("records no events")));
  }

  @Test
  void should_record_a_form_sent_twice_only_once() throws Exception {
    UUID id = refer("KR-SNUH", COORDINATOR).id();
    String eventId = UUID.randomUUID().toString();
    String[] notices = {
      "Eligibility confirmed: recorded.", "This form was already sent: the event is recorded once."
    };
    for (String notice : notices) {
      mvc.perform(
              post("/cases/{id}/events", id)
                  .with(httpBasic("physician", "physician"))
                  .with(csrf())
                  .param("type", "ELIGIBILITY_CONFIRMED")
                  .param("eventId", eventId))
          .andExpect(status().isFound())
          .andExpect(flash().attribute("actionNotice", notice));
    }
    assertThat(cases.timeline(id, COORDINATOR).events()).hasSize(2);
  }

  @Test
  void should_not_find_a_case_of_another_centre() throws Exception {
    Actor amc = new Actor("amc", "AMC Coordinator", Role.COORDINATOR, Set.of("KR-AMC"));
    UUID id = refer("KR-AMC", amc).id();
    record(id, "coordinator", "WITHDRAWN", "PATIENT_CHOICE").andExpect(status().isNotFound());
    assertThat(cases.find(id, amc).state()).isEqualTo(CaseState.REFERRED);
  }

  @Test
  void should_refuse_a_form_without_its_csrf_token() throws Exception {
    UUID id = refer("KR-SNUH", COORDINATOR).id();
    mvc.perform(
            post("/cases/{id}/events", id)
                .with(httpBasic("coordinator", "coordinator"))
                .param("type", "WITHDRAWN")
                .param("reason", "DEATH")
                .param("eventId", UUID.randomUUID().toString()))
        .andExpect(status().isForbidden());
    assertThat(cases.find(id, COORDINATOR).state()).isEqualTo(CaseState.REFERRED);
  }

  @Test
  void should_show_a_withheld_clinical_note_in_the_reader_s_language() throws Exception {
    UUID id = refer("KR-SNUH", COORDINATOR).id();
    record(id, "physician", "ELIGIBILITY_CONFIRMED", "").andExpect(status().is3xxRedirection());

    mvc.perform(
            get("/cases/{id}", id)
                .param("lang", "ko")
                .with(httpBasic("manufacturer", "manufacturer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("임상 메모 비공개")))
        .andExpect(content().string(not(containsString("(clinical note withheld)"))))
        .andExpect(content().string(not(containsString("from the page"))));
    page(id, "coordinator").andExpect(content().string(containsString("from the page")));
  }

  private ResultActions page(UUID id, String user) throws Exception {
    return mvc.perform(get("/cases/{id}", id).with(httpBasic(user, user)));
  }

  private ResultActions record(UUID id, String user, String type, String reason) throws Exception {
    return mvc.perform(
        post("/cases/{id}/events", id)
            .with(httpBasic(user, user))
            .with(csrf())
            .param("type", type)
            .param("reason", reason)
            .param("eventId", UUID.randomUUID().toString())
            .param("note", Optional.of("from the page").get()));
  }
}
