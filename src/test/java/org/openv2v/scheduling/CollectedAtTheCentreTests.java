package org.openv2v.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.network.Network;
import org.openv2v.scheduling.domain.OptionId;
import org.openv2v.scheduling.internal.CapacityPicture;
import org.openv2v.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every demo case is collected at its own treatment centre. A booking route then names the same
 * site twice, which once made each path that alerts a booked case's sites answer 500 and record
 * nothing: a manufacturing failure (API and page), a slot cut below its bookings, a new
 * manufacturing time and a slower lane. Also: a failure reaches the centre and the collecting site
 * whether or not the case was booked.
 */
@IntegrationTest
class CollectedAtTheCentreTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Cases cases;
  @Autowired Network network;
  @Autowired Capacity capacity;

  @Test
  void a_failure_of_a_booked_case_collected_at_its_centre_is_recorded_over_the_api()
      throws Exception {
    CaseView failing = bookedAtTheCentre(privateSlot(2));
    walkToManufacturing(failing.id());
    mvc.perform(
            post("/api/v1/cases/" + failing.id() + "/events")
                .with(httpBasic("manufacturer", "manufacturer"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"eventId": "%s", "type": "MANUFACTURING_FAILED", "occurredAt": "%s",
                     "siteId": "US-NVS-MP", "note": "Viability below limit"}
                    """
                        .formatted(UUID.randomUUID(), Instant.now())))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.state").value("MANUFACTURING_FAILED"));
    assertThat(alertSites(failing.id(), "MANUFACTURING_FAILURE"))
        .containsExactlyInAnyOrder("KR-SNUH", "US-NVS-MP");
  }

  @Test
  void a_failure_of_a_booked_case_collected_at_its_centre_is_recorded_on_the_manufacturing_page()
      throws Exception {
    CaseView failing = bookedAtTheCentre(privateSlot(2));
    walkToManufacturing(failing.id());
    String page =
        mvc.perform(
                post("/manufacturing/cases/" + failing.id() + "/events")
                    .with(httpBasic("manufacturer", "manufacturer"))
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("type", "MANUFACTURING_FAILED")
                    .param("eventId", UUID.randomUUID().toString())
                    .param("reason", "Sterility test positive"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).doesNotContain("message--alert");
    assertThat(state(failing.id())).isEqualTo("MANUFACTURING_FAILED");
  }

  @Test
  void cutting_a_slot_below_a_booking_collected_at_its_centre_displaces_it() throws Exception {
    SlotView slot = privateSlot(1);
    CaseView booked = bookedAtTheCentre(slot);
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
        .andExpect(jsonPath("$.booked").value(0));
    assertThat(alertSites(booked.id(), "SLOT_CHANGED"))
        .containsExactlyInAnyOrder("KR-SNUH", "US-NVS-MP");
  }

  @Test
  void a_longer_manufacturing_time_alerts_a_booking_collected_at_its_centre() throws Exception {
    CaseView booked = bookedAtTheCentre(privateSlot(2));
    JsonNode published = published("manufacturingTimes", "facilityId", "US-NVS-MP", "tisa-cel");
    int days = published.get("manufacturingDays").asInt();
    try {
      putTime(days + 3, "retesting").andExpect(status().isOk());
      assertThat(alertSites(booked.id(), "EXPECTED_DATE_SLIPPED"))
          .containsExactlyInAnyOrder("KR-SNUH", "US-NVS-MP");
    } finally {
      putTime(days, published.get("source").asString()).andExpect(status().isOk());
    }
  }

  @Test
  void a_slower_lane_alerts_a_booking_collected_at_its_centre() throws Exception {
    CaseView booked = bookedAtTheCentre(privateSlot(2));
    JsonNode lane = published("lanes", "fromSiteId", "KR-SNUH", "US-NVS-MP");
    try {
      putLane(lane, "FIXED", 6, 6, "carrier strike").andExpect(status().isOk());
      assertThat(alertSites(booked.id(), "EXPECTED_DATE_SLIPPED"))
          .containsExactlyInAnyOrder("KR-SNUH", "US-NVS-MP");
    } finally {
      putLane(
              lane,
              lane.get("distribution").asString(),
              lane.get("medianDays").asDouble(),
              lane.get("p90Days").asDouble(),
              lane.get("source").asString())
          .andExpect(status().isOk());
    }
  }

  @Test
  void a_failure_of_a_case_never_booked_reaches_the_centre_and_the_collecting_site()
      throws Exception {
    SchedulingFixture fixture = new SchedulingFixture(cases, network, capacity);
    String unit = fixture.apheresisUnit(1);
    CaseView failing = fixture.approvedCase(unit);
    fixture.record(
        failing.id(), CaseEventType.APHERESIS_SCHEDULED, SchedulingFixture.COORDINATOR, "KR-SNUH");
    walkToManufacturing(failing.id());
    fixture.record(
        failing.id(),
        CaseEventType.MANUFACTURING_FAILED,
        SchedulingFixture.MANUFACTURER,
        "US-NVS-MP");
    assertThat(alertSites(failing.id(), "MANUFACTURING_FAILURE"))
        .containsExactlyInAnyOrder("KR-SNUH", unit, "US-NVS-MP");
    mvc.perform(get("/api/v1/alerts").with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.caseId == '" + failing.id() + "')].kind")
                .value(org.hamcrest.Matchers.hasItem("MANUFACTURING_FAILURE")));
  }

  // --- helpers ---

  /** A tisa-cel case at SNUH, collected at SNUH itself, booked on the given slot. */
  private CaseView bookedAtTheCentre(SlotView slot) throws Exception {
    CaseView approved = new SchedulingFixture(cases, network, capacity).approvedCase(null);
    assertThat(approved.apheresisSiteId()).isEqualTo("KR-SNUH");
    String option = new OptionId("KR-SNUH", slot.weekStart().minusDays(3), slot.id()).text();
    mvc.perform(
            post("/api/v1/cases/" + approved.id() + "/bookings")
                .with(httpBasic("coordinator", "coordinator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"optionId\": \"" + option + "\"}"))
        .andExpect(status().isCreated());
    return approved;
  }

  private void walkToManufacturing(UUID caseId) {
    SchedulingFixture fixture = new SchedulingFixture(cases, network, capacity);
    fixture.record(
        caseId,
        CaseEventType.APHERESIS_COLLECTED,
        SchedulingFixture.actor(Role.NURSE, "KR-SNUH"),
        "KR-SNUH");
    fixture.record(
        caseId,
        CaseEventType.SHIPPED_TO_MANUFACTURER,
        SchedulingFixture.actor(Role.COURIER, "KR-COURIER"),
        "KR-COURIER");
    fixture.record(
        caseId, CaseEventType.MANUFACTURING_STARTED, SchedulingFixture.MANUFACTURER, "US-NVS-MP");
  }

  private SlotView privateSlot(int units) {
    LocalDate week =
        CapacityPicture.weekOf(LocalDate.now(ZoneId.of("Asia/Seoul")))
            .plusWeeks(BookingApiTests.PRIVATE_WEEKS.getAndIncrement());
    return capacity.setSlots(
        new SlotCapacity("US-NVS-MP", "tisa-cel", week, units, "test"),
        SchedulingFixture.MANUFACTURER);
  }

  private JsonNode published(String list, String siteField, String siteId, String other)
      throws Exception {
    JsonNode all =
        json.readTree(
            mvc.perform(get("/api/v1/capacity").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    for (JsonNode entry : all.get(list)) {
      if (entry.get(siteField).asString().equals(siteId)
          && (other.equals(text(entry, "productCode")) || other.equals(text(entry, "toSiteId")))) {
        return entry;
      }
    }
    throw new AssertionError("No " + list + " entry for " + siteId + " and " + other);
  }

  private static String text(JsonNode entry, String field) {
    return entry.has(field) ? entry.get(field).asString() : "";
  }

  private org.springframework.test.web.servlet.ResultActions putTime(int days, String source)
      throws Exception {
    return mvc.perform(
        put("/api/v1/capacity/manufacturing-times")
            .with(httpBasic("manufacturer", "manufacturer"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                json.writeValueAsString(
                    new ManufacturingTime("US-NVS-MP", "tisa-cel", days, source))));
  }

  private org.springframework.test.web.servlet.ResultActions putLane(
      JsonNode lane, String distribution, double median, double p90, String source)
      throws Exception {
    return mvc.perform(
        put("/api/v1/capacity/lanes")
            .with(httpBasic("admin", "admin"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                json.writeValueAsString(
                    new CourierLane(
                        lane.get("fromSiteId").asString(),
                        lane.get("toSiteId").asString(),
                        org.openv2v.scheduling.domain.TransitDistribution.valueOf(distribution),
                        median,
                        p90,
                        source,
                        null,
                        null))));
  }

  private String state(UUID caseId) {
    return jdbc.sql("select state from cases.patient_case where id = ?")
        .param(caseId)
        .query(String.class)
        .single();
  }

  private List<String> alertSites(UUID caseId, String kind) {
    return jdbc
        .sql(
            "select unnest(site_ids) from alerts.alert where case_id = ? and kind = ?"
                + " order by raised_at desc")
        .params(caseId, kind)
        .query(String.class)
        .list()
        .stream()
        .distinct()
        .toList();
  }
}
