package org.openv2v.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.custody.CustodyLedger;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.custody.domain.LedgerExport;
import org.openv2v.security.NewUser;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shipments, logger uploads, excursion alerts and custody records through the API. */
@IntegrationTest
class ShipmentApiTests {

  /** A coordinator at Asan Medical Center, which takes no part in these cases. */
  private static final String OUTSIDER = "logistics-amc-coordinator";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  // Other modules' beans: constructor injection, as Spring Modulith asks.
  private final CustodyLedger ledger;
  private final UserAccounts accounts;

  @Autowired
  ShipmentApiTests(CustodyLedger ledger, UserAccounts accounts) {
    this.ledger = ledger;
    this.accounts = accounts;
  }

  /** The hour the fixture logger files begin, in UTC: no reading of theirs is earlier. */
  private static final Instant FILES_BEGIN = Instant.parse("2026-11-20T00:00:00Z");

  private ShipmentFixture fixture;
  private UUID caseId;

  @BeforeEach
  void openCase() throws Exception {
    fixture = new ShipmentFixture(mvc, json);
    caseId = fixture.openCase();
    accounts.createIfAbsent(
        new NewUser(
            OUTSIDER, "AMC Coordinator", Role.COORDINATOR, Set.of("KR-AMC"), OUTSIDER, false));
  }

  // --- booking ---

  @Test
  void should_book_a_courier_for_each_leg_with_the_shipper_id_and_logger() throws Exception {
    String out = ShipmentFixture.shipperId();
    String back = ShipmentFixture.shipperId();
    fixture
        .book(caseId, "coordinator", ShipmentFixture.leg("TO_MANUFACTURER", out))
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "false"))
        .andExpect(header().string("Location", containsString("/api/v1/shipments/")))
        .andExpect(jsonPath("$.caseId").value(caseId.toString()))
        .andExpect(jsonPath("$.leg").value("TO_MANUFACTURER"))
        .andExpect(jsonPath("$.packaging").value("FRESH_2_TO_8"))
        .andExpect(jsonPath("$.fromSiteId").value("KR-SNUH"))
        .andExpect(jsonPath("$.toSiteId").value("US-NVS-MP"))
        .andExpect(jsonPath("$.courierSiteId").value("KR-COURIER"))
        .andExpect(jsonPath("$.shipperId").value(out))
        .andExpect(jsonPath("$.loggerSerial").value("LOG-" + out))
        .andExpect(jsonPath("$.status").value("BOOKED"))
        .andExpect(jsonPath("$.limits.range").value("2 to 8 °C"))
        .andExpect(jsonPath("$.limits.limitSource").value(containsString("NanoCool")))
        .andExpect(jsonPath("$.readings.count").value(0));
    fixture
        .book(caseId, "manufacturer", ShipmentFixture.leg("TO_TREATMENT_CENTRE", back))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.packaging").value("LN2_VAPOUR_DRY_SHIPPER"))
        .andExpect(jsonPath("$.fromSiteId").value("US-NVS-MP"))
        .andExpect(jsonPath("$.toSiteId").value("KR-SNUH"))
        // Kymriah's own label: <= -120 C (products.json), with the dry shipper's hold time.
        .andExpect(jsonPath("$.limits.maxCelsius").value(-120))
        .andExpect(jsonPath("$.limits.limitSource").value(containsString("tisa-cel label")))
        .andExpect(jsonPath("$.limits.holdTimeHours").value(240))
        .andExpect(jsonPath("$.bookedBy").value("manufacturer"));

    mvc.perform(get("/api/v1/cases/" + caseId + "/shipments").with(httpBasic("nurse", "nurse")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].shipperId").value(out))
        .andExpect(jsonPath("$[1].shipperId").value(back));
  }

  @Test
  void should_answer_the_first_booking_when_the_same_shipper_is_booked_again_the_same_way()
      throws Exception {
    Map<String, Object> body = ShipmentFixture.leg("TO_MANUFACTURER", ShipmentFixture.shipperId());
    JsonNode first = fixture.read(fixture.book(caseId, "coordinator", body));

    fixture
        .book(caseId, "courier", body)
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.id").value(first.get("id").asString()));
    body.put("loggerSerial", "ANOTHER-LOGGER");
    fixture
        .book(caseId, "coordinator", body)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("already booked")));
  }

  @Test
  void should_refuse_the_outbound_leg_to_a_manufacturer_and_any_booking_to_a_nurse()
      throws Exception {
    fixture
        .book(
            caseId,
            "manufacturer",
            ShipmentFixture.leg("TO_MANUFACTURER", ShipmentFixture.shipperId()))
        .andExpect(status().isForbidden());
    fixture
        .book(caseId, "nurse", ShipmentFixture.leg("TO_MANUFACTURER", ShipmentFixture.shipperId()))
        .andExpect(status().isForbidden());
  }

  @Test
  void should_refuse_a_booking_with_a_bad_shipper_id_naming_the_field() throws Exception {
    Map<String, Object> body = ShipmentFixture.leg("TO_MANUFACTURER", "bad id with spaces");
    fixture
        .book(caseId, "coordinator", body)
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("shipperId")));
    Map<String, Object> fresh = ShipmentFixture.leg("TO_MANUFACTURER", ShipmentFixture.shipperId());
    fresh.put("validatedHoldHours", 120);
    fixture
        .book(caseId, "coordinator", fresh)
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("validatedHoldHours")));
  }

  // --- who sees what ---

  @Test
  void should_hide_a_shipment_from_a_user_of_another_site() throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);

    fixture.shipment(shipment, OUTSIDER).andExpect(status().isNotFound());
    fixture.upload(shipment, OUTSIDER, "in-range.csv").andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/shipments/" + shipment + "/readings").with(httpBasic(OUTSIDER, OUTSIDER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/cases/" + caseId + "/shipments").with(httpBasic(OUTSIDER, OUTSIDER)))
        .andExpect(status().isNotFound());
    fixture
        .book(caseId, OUTSIDER, ShipmentFixture.leg("TO_MANUFACTURER", ShipmentFixture.shipperId()))
        .andExpect(status().isNotFound());
    fixture.shipment(UUID.randomUUID(), "coordinator").andExpect(status().isNotFound());
  }

  @Test
  void should_show_a_courier_and_a_manufacturer_the_din_and_never_the_patient_s_name()
      throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    fixture.upload(shipment, "courier", "sustained-excursion.csv").andExpect(status().isOk());

    for (String user : List.of("courier", "manufacturer")) {
      fixture
          .shipment(shipment, user)
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.din").isNotEmpty())
          .andExpect(content().string(not(containsString(ShipmentFixture.PATIENT))));
      JsonNode alerts = fixture.alerts(caseId, user);
      assertThat(alerts.toString()).doesNotContain(ShipmentFixture.PATIENT);
    }
  }

  @Test
  void should_refuse_uploads_from_auditors_and_reads_from_administrators() throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    fixture.upload(shipment, "auditor", "in-range.csv").andExpect(status().isForbidden());
    fixture.shipment(shipment, "admin").andExpect(status().isForbidden());
    fixture.shipment(shipment, "auditor").andExpect(status().isOk());
  }

  // --- readings ---

  @Test
  void should_store_each_reading_once_when_the_same_file_is_uploaded_again() throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);

    fixture
        .upload(shipment, "courier", "in-range.csv")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.received").value(145))
        .andExpect(jsonPath("$.added").value(145))
        .andExpect(jsonPath("$.shipment.status").value("IN_TRANSIT"))
        .andExpect(jsonPath("$.shipment.readings.count").value(145))
        .andExpect(jsonPath("$.shipment.readings.minCelsius").value(-186))
        .andExpect(jsonPath("$.shipment.readings.first").value("2026-11-20T00:00:00Z"))
        .andExpect(jsonPath("$.shipment.excursions.length()").value(0));
    fixture
        .upload(shipment, "coordinator", "in-range.csv")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.added").value(0))
        .andExpect(jsonPath("$.alreadyStored").value(145))
        .andExpect(jsonPath("$.shipment.readings.count").value(145));
    fixture
        .uploadMultipart(shipment, "courier", "in-range.csv")
        .andExpect(jsonPath("$.added").value(0));
    assertThat(fixture.alerts(caseId, "auditor").size()).isZero();
  }

  @Test
  void should_take_json_as_raw_body_or_multipart_file() throws Exception {
    UUID raw =
        fixture.booked(caseId, ShipmentFixture.leg("TO_MANUFACTURER", ShipmentFixture.shipperId()));
    UUID file =
        fixture.booked(caseId, ShipmentFixture.leg("TO_MANUFACTURER", ShipmentFixture.shipperId()));

    fixture
        .upload(raw, "nurse", "fresh-sustained-excursion.json")
        .andExpect(jsonPath("$.added").value(37));
    fixture
        .uploadMultipart(file, "nurse", "fresh-sustained-excursion.json")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.added").value(37))
        .andExpect(jsonPath("$.shipment.excursions[0].kind").value("SUSTAINED_EXCURSION"));
  }

  @Test
  void should_refuse_a_bad_row_naming_its_line_and_column() throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    String csv =
        "time,temperatureCelsius\n"
            + "2026-11-24T10:00:00+09:00,-180\n"
            + "2026-11-24T10:05:00+09:00,warm\n";

    fixture
        .uploadText(shipment, "courier", "text/csv", csv)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("line 3, temperatureCelsius")))
        .andExpect(content().string(containsString("'warm' is not a decimal number")));
    fixture
        .uploadText(shipment, "courier", "application/json", "[{\"time\": 5}]")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("readings[0], time")));
    fixture
        .uploadText(shipment, "courier", "text/plain", csv)
        .andExpect(status().isUnsupportedMediaType());
    fixture.shipment(shipment, "courier").andExpect(jsonPath("$.readings.count").value(0));
  }

  @Test
  void should_refuse_a_logger_file_with_a_reading_from_before_the_handover_and_store_nothing()
      throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    String din = fixture.read(fixture.shipment(shipment, "coordinator")).get("din").asString();
    Instant handover = Instant.parse("2026-11-25T01:00:00Z");
    fixture
        .sign(caseId, "nurse", "HANDED_TO_COURIER", "KR-SNUH", din, handover)
        .andExpect(status().isCreated());
    // The shipper's logger still holds the readings of its last trip, five days earlier.
    String csv =
        "time,temperatureCelsius\n"
            + "2026-11-20T10:00:00+09:00,-180\n"
            + "2026-11-25T10:05:00+09:00,-181\n";

    fixture
        .uploadText(shipment, "courier", "text/csv", csv)
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", containsString("application/problem+json")))
        .andExpect(jsonPath("$.errors[0].field").value("time"))
        .andExpect(jsonPath("$.detail").value(containsString("before the shipment left")));
    fixture.shipment(shipment, "courier").andExpect(jsonPath("$.readings.count").value(0));
    assertThat(fixture.alerts(caseId, "auditor").size()).isZero();
    assertThat(observations()).isEmpty();
  }

  @Test
  void should_refuse_a_reading_from_before_the_dry_shipper_was_charged() throws Exception {
    Map<String, Object> body = ShipmentFixture.leg("TO_MANUFACTURER", ShipmentFixture.shipperId());
    body.put("packaging", "LN2_VAPOUR_DRY_SHIPPER");
    body.put("chargedAt", "2026-11-20T02:00:00Z");
    UUID shipment = fixture.booked(caseId, body);

    fixture
        .uploadText(
            shipment,
            "courier",
            "text/csv",
            "time,temperatureCelsius\n2026-11-20T10:59:00+09:00,-150\n")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("before the shipment left")));
    fixture
        .uploadText(
            shipment,
            "courier",
            "text/csv",
            "time,temperatureCelsius\n2026-11-20T11:00:00+09:00,-185\n")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.added").value(1));
  }

  @Test
  void should_refuse_a_reading_that_differs_from_the_one_stored_for_the_same_instant()
      throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    fixture
        .uploadText(
            shipment,
            "courier",
            "text/csv",
            "time,temperatureCelsius\n2026-11-24T10:00:00+09:00,-180\n")
        .andExpect(status().isOk());

    fixture
        .uploadText(
            shipment, "courier", "text/csv", "time,temperatureCelsius\n2026-11-24T01:00:00Z,-100\n")
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("already stored with -180")));
  }

  @Test
  void should_serve_the_temperature_series_for_plotting() throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    fixture.upload(shipment, "courier", "brief-excursion.csv").andExpect(status().isOk());

    mvc.perform(
            get("/api/v1/shipments/" + shipment + "/readings")
                .with(httpBasic("physician", "physician")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.maxCelsius").value(-150))
        .andExpect(jsonPath("$.points.length()").value(145))
        .andExpect(jsonPath("$.points[0].time").value("2026-11-20T00:00:00Z"))
        .andExpect(jsonPath("$.points[0].temperatureCelsius").value(-186))
        .andExpect(jsonPath("$.points[0].latitude").value(37.4602))
        .andExpect(jsonPath("$.points[60].temperatureCelsius").value(-148.7))
        .andExpect(jsonPath("$.excursions[0].kind").value("BRIEF_EXCURSION"));
  }

  // --- the four judged situations: the right alert for each ---

  @Test
  void should_raise_no_alert_for_a_shipment_in_range() throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    fixture
        .upload(shipment, "courier", "in-range.csv")
        .andExpect(jsonPath("$.shipment.excursions.length()").value(0));
    assertThat(fixture.alerts(caseId, "auditor").size()).isZero();
    assertThat(observations()).isEmpty();
  }

  @Test
  void should_warn_the_receiving_site_and_quality_of_a_brief_excursion() throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    fixture
        .upload(shipment, "courier", "brief-excursion.csv")
        .andExpect(jsonPath("$.shipment.excursions.length()").value(1))
        .andExpect(jsonPath("$.shipment.excursions[0].kind").value("BRIEF_EXCURSION"))
        .andExpect(jsonPath("$.shipment.excursions[0].severity").value("WARNING"))
        .andExpect(jsonPath("$.shipment.excursions[0].durationSeconds").value(300))
        .andExpect(jsonPath("$.shipment.excursions[0].peakCelsius").value(-148.7));

    JsonNode alert = onlyAlert("auditor");
    assertThat(alert.get("kind").asString()).isEqualTo("TEMPERATURE_EXCURSION");
    assertThat(alert.get("severity").asString()).isEqualTo("WARNING");
    assertThat(alert.get("siteIds").toString()).contains("US-NVS-MP");
    assertThat(onlyAlert("manufacturer").get("id")).isEqualTo(alert.get("id"));
    assertThat(observations()).hasSize(1);
  }

  @Test
  void should_raise_a_critical_alert_once_for_a_sustained_excursion_however_often_it_is_uploaded()
      throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    JsonNode first = fixture.read(fixture.upload(shipment, "courier", "sustained-excursion.csv"));
    fixture.upload(shipment, "courier", "sustained-excursion.csv").andExpect(status().isOk());
    fixture
        .uploadMultipart(shipment, "manufacturer", "sustained-excursion.csv")
        .andExpect(status().isOk());

    JsonNode excursion = first.get("shipment").get("excursions").get(0);
    assertThat(excursion.get("kind").asString()).isEqualTo("SUSTAINED_EXCURSION");
    assertThat(excursion.get("severity").asString()).isEqualTo("CRITICAL");
    assertThat(excursion.get("durationSeconds").asLong()).isEqualTo(65 * 60);
    assertThat(excursion.get("message").asString()).contains("peak -121.4 °C", "≤ -150 °C");
    JsonNode alert = onlyAlert("auditor");
    assertThat(alert.get("severity").asString()).isEqualTo("CRITICAL");
    assertThat(alert.get("id").asString()).isEqualTo(excursion.get("alertId").asString());
    assertThat(alert.get("message").asString())
        .contains(first.get("shipment").get("shipperId").asString(), "DIN ");
    assertThat(observations()).hasSize(1);
  }

  @Test
  void should_report_a_missing_data_gap_as_a_logger_data_gap_without_a_custody_record()
      throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    fixture
        .upload(shipment, "courier", "data-gap.csv")
        .andExpect(jsonPath("$.shipment.excursions[0].kind").value("DATA_GAP"))
        .andExpect(jsonPath("$.shipment.excursions[0].durationSeconds").value(125 * 60))
        .andExpect(jsonPath("$.shipment.excursions[0].custodyEventId").isEmpty());

    JsonNode alert = onlyAlert("auditor");
    assertThat(alert.get("kind").asString()).isEqualTo("LOGGER_DATA_GAP");
    assertThat(alert.get("severity").asString()).isEqualTo("WARNING");
    assertThat(observations()).isEmpty();
  }

  @Test
  void should_hold_the_return_leg_to_the_product_s_own_storage_limit() throws Exception {
    UUID shipment =
        fixture.booked(
            caseId, ShipmentFixture.leg("TO_TREATMENT_CENTRE", ShipmentFixture.shipperId()));
    // Up to -121.4 C: outside Yescarta's -150 C, inside Kymriah's -120 C.
    fixture
        .upload(shipment, "manufacturer", "sustained-excursion.csv")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.shipment.excursions.length()").value(0));
  }

  @Test
  void should_raise_a_critical_alert_when_the_dry_shipper_outlives_its_validated_hold_time()
      throws Exception {
    Map<String, Object> body = ShipmentFixture.leg("TO_MANUFACTURER", ShipmentFixture.shipperId());
    body.put("packaging", "LN2_VAPOUR_DRY_SHIPPER");
    body.put("validatedHoldHours", 6);
    UUID shipment = fixture.booked(caseId, body);

    fixture
        .upload(shipment, "courier", "in-range.csv")
        .andExpect(jsonPath("$.shipment.limits.holdTimeHours").value(6))
        .andExpect(jsonPath("$.shipment.excursions[0].kind").value("HOLD_TIME_EXCEEDED"))
        .andExpect(jsonPath("$.shipment.excursions[0].startedAt").value("2026-11-20T06:00:00Z"));
    assertThat(onlyAlert("auditor").get("severity").asString()).isEqualTo("CRITICAL");
  }

  // --- chain of custody ---

  @Test
  void should_attach_an_excursion_to_the_chain_of_custody_and_keep_the_chain_verifiable()
      throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    String din = fixture.read(fixture.shipment(shipment, "coordinator")).get("din").asString();
    // Handed over before the logger file's first reading (20 Nov 2026, 09:00 KST).
    fixture
        .sign(caseId, "nurse", "HANDED_TO_COURIER", "KR-SNUH", din, FILES_BEGIN)
        .andExpect(status().isCreated());
    JsonNode excursion =
        fixture
            .read(fixture.upload(shipment, "courier", "sustained-excursion.csv"))
            .get("shipment")
            .get("excursions")
            .get(0);

    List<CustodyRecord> observed = observations();
    assertThat(observed).hasSize(1);
    CustodyRecord record = observed.get(0);
    assertThat(record.eventId().toString()).isEqualTo(excursion.get("custodyEventId").asString());
    assertThat(record.condition()).isEqualTo(Condition.TEMPERATURE_EXCURSION);
    assertThat(record.siteId()).isEqualTo("US-NVS-MP");
    assertThat(record.signer()).isEqualTo("courier");
    assertThat(record.signature().meaning()).isEqualTo("logger data uploaded by");
    assertThat(record.units()).isEmpty();
    assertThat(record.temperatureCelsius())
        .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("-121.4"));
    assertThat(record.note()).hasValueSatisfying(n -> assertThat(n).contains("Sustained"));
    assertThat(record.caseSequence()).isEqualTo(2);

    String export =
        mvc.perform(
                get("/api/v1/cases/" + caseId + "/ledger").with(httpBasic("courier", "courier")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    LedgerExport.Verdict verdict = LedgerExport.verify(export);
    assertThat(verdict.valid()).as(verdict.reason()).isTrue();
    assertThat(verdict.records()).isEqualTo(2);
    mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditor", "auditor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true));
  }

  @Test
  void should_refuse_to_let_anyone_sign_an_excursion_observation_by_hand() throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    String din = fixture.read(fixture.shipment(shipment, "coordinator")).get("din").asString();
    fixture
        .sign(caseId, "nurse", "EXCURSION_OBSERVED", "KR-SNUH", din)
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("recorded by the platform")));
  }

  @Test
  void should_show_the_custody_handover_and_receipt_that_bracket_the_shipment() throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    String din = fixture.read(fixture.shipment(shipment, "coordinator")).get("din").asString();
    JsonNode handover =
        fixture.read(
            fixture
                .sign(caseId, "nurse", "HANDED_TO_COURIER", "KR-SNUH", din)
                .andExpect(status().isCreated()));
    fixture.shipment(shipment, "coordinator").andExpect(jsonPath("$.status").value("IN_TRANSIT"));
    JsonNode receipt =
        fixture.read(
            fixture
                .sign(caseId, "manufacturer", "RECEIVED_BY_MANUFACTURER", "US-NVS-MP", din)
                .andExpect(status().isCreated()));

    fixture
        .shipment(shipment, "courier")
        .andExpect(jsonPath("$.status").value("DELIVERED"))
        .andExpect(jsonPath("$.handedOver.eventId").value(handover.get("eventId").asString()))
        .andExpect(jsonPath("$.handedOver.step").value("HANDED_TO_COURIER"))
        .andExpect(jsonPath("$.received.eventId").value(receipt.get("eventId").asString()))
        .andExpect(jsonPath("$.received.siteId").value("US-NVS-MP"));
  }

  private JsonNode onlyAlert(String user) throws Exception {
    JsonNode alerts = fixture.alerts(caseId, user);
    assertThat(alerts.size()).as(alerts.toString()).isEqualTo(1);
    return alerts.get(0);
  }

  private List<CustodyRecord> observations() {
    List<CustodyRecord> found = new ArrayList<>();
    for (CustodyRecord record : ledger.records(caseId)) {
      if (record.step() == CustodyStep.EXCURSION_OBSERVED) {
        found.add(record);
      }
    }
    return found;
  }
}
