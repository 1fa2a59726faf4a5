package org.openv2v.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.network.Network;
import org.openv2v.scheduling.domain.OptionId;
import org.openv2v.scheduling.internal.CapacityPicture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Booking over the API on real PostgreSQL, with the demo network's seeded capacity. */
@IntegrationTest
class BookingApiTests {

  /** Weeks of their own for each test, far past the published ones and the race's. */
  static final java.util.concurrent.atomic.AtomicInteger PRIVATE_WEEKS =
      new java.util.concurrent.atomic.AtomicInteger(
          600 + ThreadLocalRandom.current().nextInt(2000));

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Cases cases;
  @Autowired Network network;
  @Autowired Capacity capacity;

  SchedulingFixture fixture() {
    return new SchedulingFixture(cases, network, capacity);
  }

  @Test
  void should_offer_feasible_options_that_respect_washout_and_unavailable_days_then_book_one()
      throws Exception {
    CaseView approved = fixture().approvedCase(null);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
    LocalDate busy = today.plusDays(12);
    JsonNode options =
        body(
            options(
                    approved.id(),
                    """
                    {"bridgingWashoutDays": 10, "unavailableDates": ["%s"],
                     "diseaseTempo": "RAPID"}
                    """
                        .formatted(busy))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waitlisted").value(false)));
    assertThat(options.get("options").size()).isBetween(1, 5);
    for (JsonNode option : options.get("options")) {
      LocalDate apheresis = LocalDate.parse(option.get("apheresisDate").asString());
      assertThat(apheresis).isAfter(today.plusDays(10)).isNotEqualTo(busy);
      assertThat(option.get("manufacturingSlot").get("facilityId").asString())
          .isEqualTo("US-NVS-MP");
      assertThat(option.get("manufacturingSlot").get("productCode").asString())
          .isEqualTo("tisa-cel");
      assertThat(LocalDate.parse(option.get("expectedReleaseDate").asString())).isAfter(apheresis);
      assertThat(LocalDate.parse(option.get("earliestInfusionDate").asString()))
          .isAfter(LocalDate.parse(option.get("expectedArrivalDate").asString()));
    }
    String optionId = options.get("options").get(0).get("optionId").asString();
    book(approved.id(), optionId, "coordinator")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.slipDays").value(0));
    mvc.perform(get("/api/v1/cases/" + approved.id()).with(httpBasic("nurse", "nurse")))
        .andExpect(jsonPath("$.state").value("APHERESIS_SCHEDULED"));
    mvc.perform(
            get("/api/v1/cases/" + approved.id() + "/schedule")
                .with(httpBasic("physician", "physician")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.booking.status").value("ACTIVE"))
        .andExpect(jsonPath("$.booking.earliestInfusionDate").isNotEmpty());
    // Sent again (its answer was lost): the same booking, not a second one nor a conflict.
    book(approved.id(), optionId, "coordinator")
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    // Another offered option, feasible in itself: the day after the booked one may be a day the
    // site does not collect, which would be refused for that before the active booking is seen.
    String another =
        java.util.stream.StreamSupport.stream(options.get("options").spliterator(), false)
            .map(option -> option.get("optionId").asString())
            .filter(id -> !id.equals(optionId))
            .findFirst()
            .orElseThrow(() -> new AssertionError("only one option was offered: " + options));
    book(approved.id(), another, "coordinator")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("already has an active booking")));
    assertThat(
            jdbc.sql("select count(*) from scheduling.booking where case_id = ?")
                .param(approved.id())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void should_refuse_options_before_payer_approval() throws Exception {
    CaseView approved = fixture().approvedCase(null);
    fixture().withdraw(approved.id());
    options(approved.id(), "{}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("payer approval")));
  }

  @Test
  void should_refuse_the_second_coordinator_when_the_last_unit_went_first() throws Exception {
    String unit = fixture().apheresisUnit(5);
    SlotView slot = privateSlot(1);
    String option = new OptionId(unit, slot.weekStart().minusDays(3), slot.id()).text();
    CaseView first = fixture().approvedCase(unit);
    CaseView second = fixture().approvedCase(unit);
    book(first.id(), option, "coordinator").andExpect(status().isCreated());
    book(second.id(), option, "coordinator")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("Someone else took the last")));
  }

  @Test
  void should_release_capacity_at_once_when_a_booking_is_cancelled_or_the_case_withdrawn()
      throws Exception {
    String unit = fixture().apheresisUnit(5);
    SlotView slot = privateSlot(1);
    String option = new OptionId(unit, slot.weekStart().minusDays(3), slot.id()).text();
    CaseView first = fixture().approvedCase(unit);
    book(first.id(), option, "coordinator").andExpect(status().isCreated());
    assertThat(booked(slot)).isEqualTo(1);
    mvc.perform(
            delete("/api/v1/cases/" + first.id() + "/booking")
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CANCELLED"));
    assertThat(booked(slot)).isZero();

    CaseView second = fixture().approvedCase(unit);
    book(second.id(), option, "coordinator").andExpect(status().isCreated());
    assertThat(booked(slot)).isEqualTo(1);
    fixture().withdraw(second.id());
    assertThat(booked(slot)).isZero();
    CaseView third = fixture().approvedCase(unit);
    book(third.id(), option, "coordinator").andExpect(status().isCreated());
  }

  @Test
  void should_put_the_case_on_the_waitlist_with_its_priority_when_nothing_is_free()
      throws Exception {
    String unit = fixture().apheresisUnit(0);
    CaseView approved = fixture().approvedCase(unit);
    options(approved.id(), "{\"diseaseTempo\": \"RAPID\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.options").isEmpty())
        .andExpect(jsonPath("$.waitlisted").value(true))
        .andExpect(jsonPath("$.waitlist.status").value("WAITING"))
        .andExpect(jsonPath("$.waitlist.tempo").value("RAPID"))
        .andExpect(jsonPath("$.waitlist.priority").value(3.0));
    mvc.perform(get("/api/v1/capacity/summary").with(httpBasic("planner", "planner")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sites[?(@.siteId == '" + unit + "')].waitlistLength").value(1))
        .andExpect(jsonPath("$.products[*].productCode").value(hasItem("tisa-cel")));
  }

  @Test
  void should_displace_bookings_and_alert_when_the_manufacturer_withdraws_a_slot()
      throws Exception {
    String unit = fixture().apheresisUnit(5);
    SlotView slot = privateSlot(1);
    CaseView booked = fixture().approvedCase(unit);
    book(
            booked.id(),
            new OptionId(unit, slot.weekStart().minusDays(3), slot.id()).text(),
            "coordinator")
        .andExpect(status().isCreated());
    mvc.perform(
            put("/api/v1/capacity/slots")
                .with(httpBasic("manufacturer", "manufacturer"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"facilityId": "US-NVS-MP", "productCode": "tisa-cel", "weekStart": "%s",
                     "capacity": 0, "source": "line maintenance"}
                    """
                        .formatted(slot.weekStart())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.capacity").value(0))
        .andExpect(jsonPath("$.booked").value(0));
    mvc.perform(
            get("/api/v1/cases/" + booked.id() + "/schedule")
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(jsonPath("$.booking").doesNotExist())
        .andExpect(jsonPath("$.earlierBookings[0].status").value("DISPLACED"))
        .andExpect(jsonPath("$.waitlist.status").value("WAITING"));
    assertThat(alerts(booked.id(), "SLOT_CHANGED")).isEqualTo(1);
  }

  @Test
  void should_propose_a_new_collection_at_once_after_a_failure_and_count_each_path()
      throws Exception {
    CaseView failing = bookedAndFailed();
    JsonNode schedule =
        body(
            mvc.perform(
                    get("/api/v1/cases/" + failing.id() + "/schedule")
                        .with(httpBasic("coordinator", "coordinator")))
                .andExpect(jsonPath("$.failures[0].path").value("PENDING"))
                .andExpect(jsonPath("$.earlierBookings[0].status").value("FAILED")));
    String proposal =
        schedule.get("failures").get(0).get("proposedOption").get("optionId").asString();
    assertThat(alerts(failing.id(), "MANUFACTURING_FAILURE")).isEqualTo(1);
    book(failing.id(), proposal, "coordinator").andExpect(status().isCreated());
    mvc.perform(
            get("/api/v1/cases/" + failing.id() + "/schedule")
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(jsonPath("$.failures[0].path").value("REAPHERESIS"))
        .andExpect(jsonPath("$.failures[0].resolvedAt").isNotEmpty());

    CaseView accepted = bookedAndFailed();
    fixture()
        .record(
            accepted.id(),
            CaseEventType.OUT_OF_SPEC_ACCEPTED,
            SchedulingFixture.PHYSICIAN,
            "KR-SNUH");
    mvc.perform(
            get("/api/v1/cases/" + accepted.id() + "/schedule")
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(jsonPath("$.failures[0].path").value("OUT_OF_SPEC_ACCEPTED"));
    mvc.perform(get("/api/v1/capacity/failure-paths").with(httpBasic("auditor", "auditor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.REAPHERESIS").isNumber())
        .andExpect(jsonPath("$.OUT_OF_SPEC_ACCEPTED").isNumber());
  }

  @Test
  void should_show_the_slip_and_alert_the_team_when_a_lane_gets_slower() throws Exception {
    String unit = fixture().apheresisUnit(5);
    SlotView slot = privateSlot(1);
    CaseView booked = fixture().approvedCase(unit);
    book(
            booked.id(),
            new OptionId(unit, slot.weekStart().minusDays(3), slot.id()).text(),
            "coordinator")
        .andExpect(status().isCreated());
    mvc.perform(
            put("/api/v1/capacity/lanes")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"fromSiteId": "%s", "toSiteId": "US-NVS-MP", "distribution": "LOGNORMAL",
                     "medianDays": 3, "p90Days": 5, "source": "carrier strike"}
                    """
                        .formatted(unit)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sigma").isNumber());
    mvc.perform(
            get("/api/v1/cases/" + booked.id() + "/schedule")
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(jsonPath("$.booking.slipDays").value(2));
    assertThat(alerts(booked.id(), "EXPECTED_DATE_SLIPPED")).isEqualTo(1);
  }

  @Test
  void should_refuse_to_close_a_day_with_collections_and_skip_closed_days_in_options()
      throws Exception {
    String unit = fixture().apheresisUnit(5);
    SlotView slot = privateSlot(1);
    LocalDate day = slot.weekStart().minusDays(3);
    CaseView booked = fixture().approvedCase(unit);
    book(booked.id(), new OptionId(unit, day, slot.id()).text(), "coordinator")
        .andExpect(status().isCreated());
    mvc.perform(
            put("/api/v1/capacity/blackouts")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"siteId\": \"%s\", \"day\": \"%s\", \"reason\": \"maintenance\"}"
                        .formatted(unit, day)))
        .andExpect(status().isConflict());
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1);
    mvc.perform(
            put("/api/v1/capacity/blackouts")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"siteId\": \"%s\", \"day\": \"%s\", \"reason\": \"maintenance\"}"
                        .formatted(unit, tomorrow)))
        .andExpect(status().isOk());
    JsonNode options = body(options(fixture().approvedCase(unit).id(), "{}"));
    assertThat(options.get("options").size()).isPositive();
    options
        .get("options")
        .forEach(
            o -> assertThat(o.get("apheresisDate").asString()).isNotEqualTo(tomorrow.toString()));
  }

  @Test
  void should_let_only_capacity_owners_edit_it() throws Exception {
    mvc.perform(
            put("/api/v1/capacity/chairs/KR-SNUH")
                .with(httpBasic("coordinator", "coordinator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\": \"KR-SNUH\", \"chairs\": 9, \"weekends\": false}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            put("/api/v1/capacity/slots")
                .with(httpBasic("manufacturer", "manufacturer"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"facilityId": "US-NVS-MP", "productCode": "anbal-cel",
                     "weekStart": "2030-01-07", "capacity": 3}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("does not manufacture")));
    mvc.perform(
            put("/api/v1/capacity/slots")
                .with(httpBasic("manufacturer", "manufacturer"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"facilityId": "US-NVS-MP", "productCode": "tisa-cel",
                     "weekStart": "2030-01-08", "capacity": 3}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("Monday")));
    mvc.perform(
            put("/api/v1/capacity/lanes")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"fromSiteId": "KR-SNUH", "toSiteId": "US-NVS-MP",
                     "distribution": "LOGNORMAL", "medianDays": 3, "p90Days": 2}
                    """))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/capacity").with(httpBasic("manufacturer", "manufacturer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.chairs[?(@.siteId == 'KR-SNUH')].chairs").value(hasItem(2)))
        .andExpect(jsonPath("$.lanes[0].mu").isNumber());
  }

  // --- helpers ---

  /** A case booked on a week of its own, walked to MANUFACTURING_FAILED. */
  private CaseView bookedAndFailed() throws Exception {
    SchedulingFixture fixture = fixture();
    String unit = fixture.apheresisUnit(5);
    SlotView slot = privateSlot(1);
    CaseView failing = fixture.approvedCase(unit);
    book(
            failing.id(),
            new OptionId(unit, slot.weekStart().minusDays(3), slot.id()).text(),
            "coordinator")
        .andExpect(status().isCreated());
    fixture.record(
        failing.id(),
        CaseEventType.APHERESIS_COLLECTED,
        SchedulingFixture.actor(org.openv2v.security.Role.NURSE, "KR-SNUH"),
        "KR-SNUH");
    fixture.record(
        failing.id(),
        CaseEventType.SHIPPED_TO_MANUFACTURER,
        SchedulingFixture.actor(org.openv2v.security.Role.COURIER, "KR-COURIER"),
        "KR-COURIER");
    fixture.record(
        failing.id(),
        CaseEventType.MANUFACTURING_STARTED,
        SchedulingFixture.MANUFACTURER,
        "US-NVS-MP");
    fixture.record(
        failing.id(),
        CaseEventType.MANUFACTURING_FAILED,
        SchedulingFixture.MANUFACTURER,
        "US-NVS-MP");
    return failing;
  }

  /** A tisa-cel week far beyond the demo's published weeks, with the given capacity. */
  private SlotView privateSlot(int units) {
    LocalDate week =
        CapacityPicture.weekOf(LocalDate.now(ZoneId.of("Asia/Seoul")))
            .plusWeeks(PRIVATE_WEEKS.getAndIncrement());
    return capacity.setSlots(
        new SlotCapacity("US-NVS-MP", "tisa-cel", week, units, "test"),
        SchedulingFixture.MANUFACTURER);
  }

  private int booked(SlotView slot) {
    return jdbc.sql("select booked from scheduling.manufacturing_slot where id = ?")
        .param(slot.id())
        .query(Integer.class)
        .single();
  }

  private int alerts(UUID caseId, String kind) {
    return jdbc.sql("select count(*) from alerts.alert where case_id = ? and kind = ?")
        .params(caseId, kind)
        .query(Integer.class)
        .single();
  }

  private ResultActions options(UUID caseId, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/cases/" + caseId + "/booking-options")
            .with(httpBasic("coordinator", "coordinator"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private ResultActions book(UUID caseId, String optionId, String user) throws Exception {
    return mvc.perform(
        post("/api/v1/cases/" + caseId + "/bookings")
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"optionId\": \"" + optionId + "\"}"));
  }

  private JsonNode body(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }
}
