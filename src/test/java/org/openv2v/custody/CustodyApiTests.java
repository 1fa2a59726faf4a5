package org.openv2v.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.cases.Cases;
import org.openv2v.custody.CustodyFixture.Signing;
import org.openv2v.custody.domain.Chain;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.custody.domain.LedgerExport;
import org.openv2v.custody.internal.RefusalRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signed custody events through the API, on a real database. */
@IntegrationTest
class CustodyApiTests {

  private static final String HASH = "[0-9a-f]{64}";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired UnitMatcher units;
  @Autowired RefusalRows refusals;
  @Autowired CustodyLedger ledger;

  // Another module's bean: constructor injection, as Spring Modulith asks.
  private final Cases cases;

  @Autowired
  CustodyApiTests(Cases cases) {
    this.cases = cases;
  }

  private CustodyFixture fixture;
  private UUID caseId;
  private String bag;

  @BeforeEach
  void openCase() throws Exception {
    fixture = new CustodyFixture(mvc, json, cases, units);
    caseId = fixture.openCase();
    bag = fixture.unit(caseId, "01");
  }

  // --- signing ---

  @Test
  void should_record_a_signed_event_with_printed_name_role_meaning_and_times() throws Exception {
    Signing signing = Signing.of("RECEIVED_AT_SITE", " " + bag.toLowerCase() + " ", "nurse");
    signing.deviceTime = "2026-11-24T10:00:00.1234567+09:00";
    signing.note = "Shipper intact, logger read";
    Instant before = Instant.now();
    fixture
        .sign(caseId, "nurse", signing)
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "false"))
        .andExpect(jsonPath("$.eventId").value(signing.eventId.toString()))
        .andExpect(jsonPath("$.caseId").value(caseId.toString()))
        .andExpect(jsonPath("$.step").value("RECEIVED_AT_SITE"))
        .andExpect(jsonPath("$.signer.username").value("nurse"))
        .andExpect(jsonPath("$.signer.printedName").value("Demo Nurse"))
        .andExpect(jsonPath("$.signer.role").value("NURSE"))
        .andExpect(jsonPath("$.signer.meaning").value("received by"))
        .andExpect(jsonPath("$.siteId").value("KR-SNUH"))
        .andExpect(jsonPath("$.units[0]").value(bag))
        .andExpect(jsonPath("$.deviceTime").value("2026-11-24T01:00:00.123456Z"))
        .andExpect(jsonPath("$.serverTime").isNotEmpty())
        .andExpect(jsonPath("$.condition").value("INTACT"))
        .andExpect(jsonPath("$.temperatureCelsius").value(-150.5))
        .andExpect(jsonPath("$.note").value("Shipper intact, logger read"))
        .andExpect(jsonPath("$.witness").isEmpty())
        .andExpect(jsonPath("$.caseSequence").value(1))
        .andExpect(jsonPath("$.previousInCase").value(Chain.ZERO))
        .andExpect(jsonPath("$.contentHash").value(matchesPattern(HASH)))
        .andExpect(jsonPath("$.caseChainHash").value(matchesPattern(HASH)))
        .andExpect(jsonPath("$.previousInLedger").value(matchesPattern(HASH)))
        .andExpect(jsonPath("$.ledgerChainHash").value(matchesPattern(HASH)));
    List<CustodyRecord> records = ledger.records(caseId);
    assertThat(records).hasSize(1);
    CustodyRecord record = records.get(0);
    assertThat(record.signer()).isEqualTo("nurse");
    assertThat(record.step()).isEqualTo(CustodyStep.RECEIVED_AT_SITE);
    assertThat(record.units()).containsExactly(bag);
    assertThat(record.serverTime()).isAfterOrEqualTo(before.minusMillis(1));
    assertThat(record.deviceTime()).isEqualTo(Instant.parse("2026-11-24T01:00:00.123456Z"));
  }

  @Test
  void should_chain_each_record_to_the_case_s_previous_one() throws Exception {
    JsonNode first =
        fixture.read(
            fixture
                .sign(caseId, "nurse", Signing.of("RECEIVED_AT_SITE", bag, "nurse"))
                .andExpect(status().isCreated()));
    JsonNode second =
        fixture.read(
            fixture
                .sign(caseId, "nurse", Signing.of("STORED", bag, "nurse"))
                .andExpect(status().isCreated()));
    assertThat(second.get("caseSequence").asInt()).isEqualTo(2);
    assertThat(second.get("previousInCase").asString())
        .isEqualTo(first.get("caseChainHash").asString());
    assertThat(second.get("sequence").asLong()).isGreaterThan(first.get("sequence").asLong());
  }

  @Test
  void should_record_a_witnessed_step_with_both_signatures() throws Exception {
    fixture
        .sign(
            caseId,
            "nurse",
            Signing.of("THAWED", bag, "nurse").witnessedBy("physician", "physician"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.signer.meaning").value("thawed by"))
        .andExpect(jsonPath("$.witness.username").value("physician"))
        .andExpect(jsonPath("$.witness.printedName").value("Demo Physician"))
        .andExpect(jsonPath("$.witness.role").value("PHYSICIAN"))
        .andExpect(jsonPath("$.witness.meaning").value("witnessed by"));
    assertThat(ledger.records(caseId).get(0).witness().orElseThrow().username())
        .isEqualTo("physician");
  }

  @Test
  void should_refuse_a_wrong_password_and_record_nothing() throws Exception {
    fixture
        .sign(caseId, "nurse", Signing.of("STORED", bag, "not-my-password"))
        .andExpect(problem(403))
        .andExpect(jsonPath("$.detail").value("Signature refused: password does not match"));
    assertThat(ledger.records(caseId)).isEmpty();
    assertThat(refusals.ofCase(caseId)).isEmpty();
  }

  @Test
  void should_refuse_a_witnessed_step_without_a_witness() throws Exception {
    fixture
        .sign(caseId, "nurse", Signing.of("INFUSED", bag, "nurse"))
        .andExpect(problem(422))
        .andExpect(
            jsonPath("$.detail").value(containsString("INFUSED of tisa-cel must be witnessed")));
    fixture
        .sign(caseId, "nurse", Signing.of("THAWED", bag, "nurse"))
        .andExpect(problem(422))
        .andExpect(jsonPath("$.detail").value(containsString("witness.username")));
    assertThat(ledger.records(caseId)).isEmpty();
  }

  @Test
  void should_refuse_the_signer_as_their_own_witness() throws Exception {
    fixture
        .sign(caseId, "nurse", Signing.of("THAWED", bag, "nurse").witnessedBy("nurse", "nurse"))
        .andExpect(problem(422))
        .andExpect(jsonPath("$.detail").value(containsString("cannot witness your own signature")));
    assertThat(ledger.records(caseId)).isEmpty();
  }

  @Test
  void should_refuse_a_witness_whose_password_does_not_match() throws Exception {
    fixture
        .sign(caseId, "nurse", Signing.of("THAWED", bag, "nurse").witnessedBy("physician", "nurse"))
        .andExpect(problem(403))
        .andExpect(
            jsonPath("$.detail")
                .value("Witness signature refused: password does not match for physician"));
    fixture
        .sign(caseId, "nurse", Signing.of("THAWED", bag, "nurse").witnessedBy("nobody", "nobody"))
        .andExpect(problem(403));
    assertThat(ledger.records(caseId)).isEmpty();
  }

  @Test
  void should_refuse_a_witness_who_is_not_at_the_site_or_does_not_handle_cells() throws Exception {
    fixture
        .sign(
            caseId,
            "nurse",
            Signing.of("THAWED", bag, "nurse").witnessedBy("manufacturer", "manufacturer"))
        .andExpect(problem(422))
        .andExpect(jsonPath("$.detail").value(containsString("does not work at KR-SNUH")));
    fixture
        .sign(caseId, "nurse", Signing.of("THAWED", bag, "nurse").witnessedBy("auditor", "auditor"))
        .andExpect(problem(422))
        .andExpect(jsonPath("$.detail").value(containsString("AUDITOR cannot witness")));
  }

  @Test
  void should_refuse_a_unit_of_another_case_naming_both_dins_and_record_the_refusal()
      throws Exception {
    UUID otherCase = fixture.openCase();
    String otherBag = fixture.unit(otherCase, "01");
    String scannedDin = fixture.dinOf(otherCase);
    String expectedDin = fixture.dinOf(caseId);
    Signing signing = Signing.of("RECEIVED_AT_SITE", otherBag, "nurse");
    fixture
        .sign(caseId, "nurse", signing)
        .andExpect(problem(422))
        .andExpect(jsonPath("$.detail").value(containsString("carries DIN " + scannedDin)))
        .andExpect(
            jsonPath("$.detail").value(containsString("not this case's DIN " + expectedDin)));
    assertThat(ledger.records(caseId)).isEmpty();
    List<RefusalRows.StoredRefusal> refused = refusals.ofCase(caseId);
    assertThat(refused).hasSize(1);
    RefusalRows.StoredRefusal refusal = refused.get(0);
    assertThat(refusal.username()).isEqualTo("nurse");
    assertThat(refusal.role()).isEqualTo("NURSE");
    assertThat(refusal.eventId()).isEqualTo(signing.eventId);
    assertThat(refusal.step()).isEqualTo("RECEIVED_AT_SITE");
    assertThat(refusal.siteId()).isEqualTo("KR-SNUH");
    assertThat(refusal.scanned()).containsExactly(otherBag);
    assertThat(refusal.reason()).contains(scannedDin).contains(expectedDin);
    assertThat(refusal.refusedAt()).isBefore(Instant.now().plusSeconds(1));
  }

  @Test
  void should_refuse_the_whole_event_when_one_of_several_units_is_not_the_case_s()
      throws Exception {
    String stranger = fixture.unit(fixture.openCase(), "02");
    Signing signing = Signing.of("RECEIVED_AT_SITE", bag, "nurse");
    signing.units.add(stranger);
    signing.units.add("=A99");
    fixture
        .sign(caseId, "nurse", signing)
        .andExpect(problem(422))
        .andExpect(jsonPath("$.detail").value(containsString("Unit " + stranger)))
        .andExpect(jsonPath("$.detail").value(containsString("Unit =A99 wrong length")));
    assertThat(refusals.ofCase(caseId).get(0).scanned()).containsExactly(bag, stranger, "=A99");
    assertThat(ledger.records(caseId)).isEmpty();
  }

  // --- idempotency ---

  @Test
  void should_answer_the_original_record_when_an_event_id_is_replayed() throws Exception {
    Signing signing = Signing.of("STORED", bag, "nurse");
    String first =
        fixture
            .sign(caseId, "nurse", signing)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Signing again = signing.copy();
    again.password = "a different password is not part of the body";
    again.units = List.of(bag.toLowerCase());
    String replayed =
        fixture
            .sign(caseId, "nurse", again)
            .andExpect(status().isCreated())
            .andExpect(header().string("Idempotent-Replayed", "true"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json.readTree(replayed)).isEqualTo(json.readTree(first));
    assertThat(ledger.records(caseId)).hasSize(1);
  }

  @Test
  void should_refuse_a_replayed_event_id_with_a_different_body() throws Exception {
    Signing signing = Signing.of("STORED", bag, "nurse");
    fixture.sign(caseId, "nurse", signing).andExpect(status().isCreated());
    Signing changed = signing.copy();
    changed.temperatureCelsius = -150.4;
    fixture
        .sign(caseId, "nurse", changed)
        .andExpect(problem(409))
        .andExpect(jsonPath("$.detail").value(containsString("already used")));
    Signing otherCase = signing.copy();
    fixture.sign(fixture.openCase(), "nurse", otherCase).andExpect(problem(409));
    Signing otherSigner = signing.copy();
    otherSigner.password = "physician";
    fixture.sign(caseId, "physician", otherSigner).andExpect(problem(409));
    assertThat(ledger.records(caseId)).hasSize(1);
  }

  // --- who may sign ---

  @Test
  void should_refuse_roles_and_sites_that_do_not_sign_the_step() throws Exception {
    fixture
        .sign(caseId, "courier", Signing.of("INFUSED", bag, "courier"))
        .andExpect(problem(403))
        .andExpect(jsonPath("$.detail").value(containsString("INFUSED is signed by")));
    fixture.sign(caseId, "auditor", Signing.of("STORED", bag, "auditor")).andExpect(problem(403));
    fixture.sign(caseId, "admin", Signing.of("STORED", bag, "admin")).andExpect(problem(403));
    Signing elsewhere = Signing.of("STORED", bag, "nurse");
    elsewhere.siteId = "US-NVS-MP";
    fixture
        .sign(caseId, "nurse", elsewhere)
        .andExpect(problem(403))
        .andExpect(jsonPath("$.detail").value("You do not work at US-NVS-MP"));
    Signing notInCase = Signing.of("STORED", bag, "physician");
    notInCase.siteId = "KR-SMC";
    fixture
        .sign(caseId, "physician", notInCase)
        .andExpect(problem(422))
        .andExpect(jsonPath("$.detail").value(containsString("takes no part in case")));
    assertThat(ledger.records(caseId)).isEmpty();
  }

  @Test
  void should_let_the_manufacturer_and_courier_sign_their_steps() throws Exception {
    String apheresisBag = fixture.unit(caseId, "00");
    Signing received = Signing.of("RECEIVED_BY_MANUFACTURER", apheresisBag, "manufacturer");
    received.siteId = "US-NVS-MP";
    fixture
        .sign(caseId, "manufacturer", received)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.signer.meaning").value("received by"));
    String courierSite = fixture.view(caseId).courierSiteId();
    Signing shipped = Signing.of("SHIPPED", bag, "courier");
    shipped.siteId = courierSite;
    shipped.temperatureCelsius = -185;
    fixture
        .sign(caseId, "courier", shipped)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.signer.meaning").value("shipped by"))
        .andExpect(jsonPath("$.temperatureCelsius").value(-185));
  }

  @Test
  void should_answer_404_for_a_case_the_signer_cannot_see() throws Exception {
    fixture
        .sign(UUID.randomUUID(), "nurse", Signing.of("STORED", bag, "nurse"))
        .andExpect(problem(404));
  }

  @Test
  void should_refuse_malformed_requests_naming_the_field() throws Exception {
    Signing noSignature = Signing.of("STORED", bag, null);
    fixture
        .sign(caseId, "nurse", noSignature)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("signature"));
    Signing badStep = Signing.of("DROPPED", bag, "nurse");
    fixture
        .sign(caseId, "nurse", badStep)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("step"));
    Signing noUnits = Signing.of("STORED", bag, "nurse");
    noUnits.units = List.of();
    fixture
        .sign(caseId, "nurse", noUnits)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("units"));
    Signing hot = Signing.of("STORED", bag, "nurse");
    hot.temperatureCelsius = 500;
    fixture
        .sign(caseId, "nurse", hot)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("temperatureCelsius"));
    Signing twice = Signing.of("STORED", bag, "nurse");
    twice.units = List.of(bag, bag.toLowerCase());
    fixture
        .sign(caseId, "nurse", twice)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("units[1]"));
    Signing future = Signing.of("STORED", bag, "nurse");
    future.deviceTime = Instant.now().plusSeconds(3 * 86_400).toString();
    fixture
        .sign(caseId, "nurse", future)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("deviceTime"));
    Signing control = Signing.of("STORED", bag, "nurse");
    control.note = "bell \u0007";
    fixture
        .sign(caseId, "nurse", control)
        .andExpect(problem(400))
        .andExpect(jsonPath("$.errors[0].field").value("note"));
    assertThat(ledger.records(caseId)).isEmpty();
  }

  // --- the export ---

  @Test
  void should_export_the_case_chain_for_the_offline_verifier() throws Exception {
    fixture
        .sign(caseId, "nurse", Signing.of("RECEIVED_AT_SITE", bag, "nurse"))
        .andExpect(status().isCreated());
    Signing stored = Signing.of("STORED", bag, "nurse");
    stored.note = "Tank 3, rack B — patient Hong's bag";
    fixture.sign(caseId, "nurse", stored).andExpect(status().isCreated());
    fixture
        .sign(
            caseId,
            "nurse",
            Signing.of("THAWED", bag, "nurse").witnessedBy("physician", "physician"))
        .andExpect(status().isCreated());

    String export = fixture.ledgerText(caseId, "coordinator");
    LedgerExport.Verdict verdict = LedgerExport.verify(export);
    assertThat(verdict.valid()).as(verdict.line()).isTrue();
    assertThat(verdict.records()).isEqualTo(3);
    assertThat(verdict.lastCaseChainHash())
        .isEqualTo(ledger.records(caseId).get(2).hashes().caseChainHash());
    assertThat(export).contains("Tank 3, rack B");

    // The courier may not read notes written at the clinical site, and can still verify.
    String courier = fixture.ledgerText(caseId, "courier");
    assertThat(courier).doesNotContain("Hong").contains("\"noteWithheld\":true");
    assertThat(LedgerExport.verify(courier).valid()).isTrue();
    mvc.perform(get("/api/v1/cases/" + caseId + "/ledger").with(httpBasic("auditor", "auditor")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    mvc.perform(
            get("/api/v1/cases/" + UUID.randomUUID() + "/ledger").with(httpBasic("nurse", "nurse")))
        .andExpect(problem(404));
  }

  @Test
  void should_verify_the_whole_ledger_for_auditors_only() throws Exception {
    fixture
        .sign(caseId, "nurse", Signing.of("STORED", bag, "nurse"))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditor", "auditor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.checked").isNumber())
        .andExpect(jsonPath("$.firstInvalid").isEmpty());
    mvc.perform(get("/api/v1/audit/verify").with(httpBasic("coordinator", "coordinator")))
        .andExpect(problem(403));
  }

  static ResultMatcher problem(int status) {
    return result -> {
      status().is(status).match(result);
      content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
      jsonPath("$.detail").isNotEmpty().match(result);
    };
  }
}
