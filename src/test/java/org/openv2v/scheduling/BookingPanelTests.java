package org.openv2v.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.network.Network;
import org.openv2v.scheduling.domain.OptionId;
import org.openv2v.scheduling.internal.CapacityPicture;
import org.openv2v.security.NewUser;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The booking panel of the case page: schedule, options, booking, the lost race, cancelling. */
@IntegrationTest
class BookingPanelTests {

  static final String OUTSIDER = "panels-amc-coordinator";

  @Autowired MockMvc mvc;
  @Autowired Cases cases;
  @Autowired Network network;
  @Autowired Capacity capacity;
  @Autowired Bookings bookings;
  @Autowired UserAccounts accounts;

  SchedulingFixture fixture;

  @BeforeEach
  void users() {
    fixture = new SchedulingFixture(cases, network, capacity);
    accounts.createIfAbsent(
        new NewUser(
            OUTSIDER, "AMC Coordinator", Role.COORDINATOR, Set.of("KR-AMC"), OUTSIDER, false));
  }

  String panel(UUID caseId, String user) throws Exception {
    return mvc.perform(get("/cases/" + caseId + "/booking").with(httpBasic(user, user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  String post(String path, String user, String... params) throws Exception {
    var request =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .with(httpBasic(user, user))
            .with(csrf());
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void should_show_options_then_book_one_and_show_promised_against_expected_dates()
      throws Exception {
    CaseView approved = fixture.approvedCase(null);
    assertThat(panel(approved.id(), "coordinator"))
        .contains("data-booking=\"none\"", "id=\"booking-show-options\"");

    String options =
        post("/cases/" + approved.id() + "/booking/options", "coordinator", "tempo", "RAPID");
    Matcher option = Pattern.compile("name=\"optionId\" value=\"([^\"]+)\"").matcher(options);
    assertThat(option.find()).as(options).isTrue();

    String booked =
        post("/cases/" + approved.id() + "/booking", "coordinator", "optionId", option.group(1));
    assertThat(booked)
        .contains("data-notice=\"booked\"", "data-booking=\"ACTIVE\"", "id=\"schedule-dates\"")
        .contains("Promised", "Expected now", "data-slip=\"0\"", "id=\"booking-cancel\"");
    assertThat(bookings.schedule(approved.id(), SchedulingFixture.COORDINATOR).booking())
        .isPresent();
  }

  @Test
  void should_say_clearly_when_someone_else_took_the_last_capacity() throws Exception {
    String unit = fixture.apheresisUnit(5);
    LocalDate week =
        CapacityPicture.weekOf(LocalDate.now(ZoneId.of("Asia/Seoul")))
            .plusWeeks(BookingApiTests.PRIVATE_WEEKS.getAndIncrement());
    SlotView slot =
        capacity.setSlots(
            new SlotCapacity("US-NVS-MP", "tisa-cel", week, 1, "test"),
            SchedulingFixture.MANUFACTURER);
    String option = new OptionId(unit, slot.weekStart().minusDays(3), slot.id()).text();
    CaseView first = fixture.approvedCase(unit);
    CaseView second = fixture.approvedCase(unit);
    bookings.book(first.id(), option, SchedulingFixture.COORDINATOR);

    String html = post("/cases/" + second.id() + "/booking", "coordinator", "optionId", option);

    assertThat(html)
        .contains("data-refusal=\"taken\"", "Someone else took it.", "Someone else took the last")
        .contains("data-booking=\"none\"", "id=\"booking-show-options\"")
        .doesNotContain("Exception");
    assertThat(bookings.schedule(second.id(), SchedulingFixture.COORDINATOR).booking()).isEmpty();
  }

  @Test
  void should_cancel_a_booking_and_free_its_capacity() throws Exception {
    CaseView approved = fixture.approvedCase(null);
    String optionId =
        bookings
            .options(approved.id(), OptionsRequest.none(), SchedulingFixture.COORDINATOR)
            .options()
            .get(0)
            .optionId();
    bookings.book(approved.id(), optionId, SchedulingFixture.COORDINATOR);

    String html =
        post(
            "/cases/" + approved.id() + "/booking/cancel",
            "coordinator",
            "reason",
            "patient asked");

    assertThat(html)
        .contains("data-notice=\"cancelled\"", "data-booking=\"none\"", "data-earlier")
        .contains("patient asked");
  }

  @Test
  void should_let_only_coordinators_book_and_only_clinicians_ask_for_options() throws Exception {
    CaseView approved = fixture.approvedCase(null);
    assertThat(panel(approved.id(), "nurse"))
        .contains("data-booking=\"none\"")
        .doesNotContain("booking-show-options");
    String physician = post("/cases/" + approved.id() + "/booking/options", "physician");
    assertThat(physician).contains("id=\"booking-options\"").doesNotContain("name=\"optionId\"");
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/cases/" + approved.id() + "/booking")
                .with(httpBasic("physician", "physician"))
                .with(csrf())
                .param("optionId", "x"))
        .andExpect(status().isForbidden());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/cases/" + approved.id() + "/booking/options")
                .with(httpBasic("nurse", "nurse"))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void should_show_the_schedule_without_the_patient_and_hide_it_from_other_sites()
      throws Exception {
    CaseView approved = fixture.approvedCase(null);
    assertThat(panel(approved.id(), "manufacturer"))
        .contains("data-booking=\"none\"")
        .doesNotContain("Scheduling Patient", "booking-show-options");
    mvc.perform(get("/cases/" + approved.id() + "/booking").with(httpBasic(OUTSIDER, OUTSIDER)))
        .andExpect(status().isNotFound());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/cases/" + approved.id() + "/booking/options")
                .with(httpBasic(OUTSIDER, OUTSIDER))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void should_explain_that_booking_waits_for_payer_approval() throws Exception {
    CaseView approved = fixture.approvedCase(null);
    fixture.withdraw(approved.id());
    assertThat(panel(approved.id(), "coordinator"))
        .contains("Booking opens after payer approval")
        .doesNotContain("booking-show-options");
  }
}
