package org.openv2v.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.cases.Cases;
import org.openv2v.identity.domain.DinCheck;
import org.openv2v.identity.domain.DinReading;
import org.openv2v.security.NewUser;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The custody panel of the case page: the ledger, and signing a step through its form. */
@IntegrationTest
class CustodyPanelTests {

  static final String OUTSIDER = "panels-amc-coordinator";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Cases cases;
  @Autowired UnitMatcher units;
  @Autowired CustodyLedger ledger;
  @Autowired UserAccounts accounts;

  CustodyFixture fixture;
  UUID caseId;

  @BeforeEach
  void openCase() throws Exception {
    fixture = new CustodyFixture(mvc, json, cases, units);
    caseId = fixture.openCase();
    accounts.createIfAbsent(
        new NewUser(
            OUTSIDER, "AMC Coordinator", Role.COORDINATOR, Set.of("KR-AMC"), OUTSIDER, false));
  }

  String panel(String user) throws Exception {
    return mvc.perform(get("/cases/" + caseId + "/custody").with(httpBasic(user, user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  MockHttpServletRequestBuilder form(String user, String step, String unit, String password) {
    return post("/cases/" + caseId + "/custody")
        .with(httpBasic(user, user))
        .with(csrf())
        .param("eventId", UUID.randomUUID().toString())
        .param("step", step)
        .param("siteId", "KR-SNUH")
        .param("unit", unit)
        .param("condition", "INTACT")
        .param("password", password);
  }

  String send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void should_show_each_signature_with_printed_name_role_meaning_and_witness() throws Exception {
    String bag = fixture.unit(caseId, "00");
    fixture
        .sign(caseId, "nurse", CustodyFixture.Signing.of("COLLECTED", bag, "nurse"))
        .andExpect(status().isCreated());
    fixture
        .sign(
            caseId,
            "nurse",
            CustodyFixture.Signing.of("THAWED", bag, "nurse").witnessedBy("physician", "physician"))
        .andExpect(status().isCreated());

    String html = panel("coordinator");

    assertThat(html)
        .contains("id=\"custody-ledger\"", "data-step=\"COLLECTED\"", "data-step=\"THAWED\"")
        .contains("collected by", "Demo Nurse", "(Nurse)", "witnessed by", "Demo Physician")
        // People read the DIN and the scanned unit as labels print them, not as barcode data.
        .contains(eyeReadable(fixture.dinOf(caseId)), eyeReadable(bag))
        .doesNotContain(">" + bag + "<");
  }

  @Test
  void should_offer_only_the_steps_the_readers_role_may_sign() throws Exception {
    fixture
        .sign(
            caseId,
            "nurse",
            CustodyFixture.Signing.of("COLLECTED", fixture.unit(caseId, "00"), "nurse"))
        .andExpect(status().isCreated());
    String coordinator = panel("coordinator");
    assertThat(coordinator)
        .contains("id=\"custody-sign\"", "value=\"COLLECTED\"", "value=\"RECEIVED_AT_SITE\"")
        .doesNotContain("value=\"THAWED\"", "value=\"INFUSED\"", "value=\"RELEASED\"");
    assertThat(panel("nurse")).contains("value=\"THAWED\"", "value=\"INFUSED\"");
    assertThat(panel("auditor")).contains("id=\"custody-ledger\"").doesNotContain("custody-sign");
  }

  @Test
  void should_sign_a_step_through_the_form_with_the_password_typed_again() throws Exception {
    String html = send(form("nurse", "COLLECTED", fixture.unit(caseId, "00"), "nurse"));

    assertThat(html).contains("data-outcome=\"signed\"", "Record 1 signed", "Demo Nurse");
    assertThat(ledger.records(caseId))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.step().name()).isEqualTo("COLLECTED");
              assertThat(r.signer()).isEqualTo("nurse");
              assertThat(r.siteId()).isEqualTo("KR-SNUH");
            });
  }

  @Test
  void should_refuse_a_wrong_password_in_the_panel_and_store_nothing() throws Exception {
    String html = send(form("nurse", "COLLECTED", fixture.unit(caseId, "00"), "not-my-password"));

    assertThat(html)
        .contains("data-outcome=\"refused\"", "password does not match")
        .doesNotContain("Exception");
    assertThat(ledger.records(caseId)).isEmpty();
  }

  @Test
  void should_refuse_a_unit_of_another_case_and_keep_what_was_chosen() throws Exception {
    UUID other = fixture.openCase();
    String html = send(form("nurse", "STORED", fixture.unit(other, "00"), "nurse"));

    assertThat(html)
        .contains("data-outcome=\"refused\"", "carries DIN " + fixture.dinOf(other))
        .contains("value=\"" + fixture.unit(other, "00") + "\"");
    assertThat(ledger.records(caseId)).isEmpty();
  }

  @Test
  void should_ask_for_a_witness_where_the_products_rules_need_one() throws Exception {
    String bag = fixture.unit(caseId, "00");
    assertThat(send(form("nurse", "THAWED", bag, "nurse")))
        .contains("data-outcome=\"refused\"", "must be witnessed", "data-required=\"true\"");

    String witnessed =
        send(
            form("nurse", "THAWED", bag, "nurse")
                .param("witnessUsername", "physician")
                .param("witnessPassword", "physician"));
    assertThat(witnessed).contains("data-outcome=\"signed\"", "Demo Physician", "witnessed by");

    String fields =
        mvc.perform(
                get("/cases/" + caseId + "/custody/witness")
                    .param("step", "INFUSED")
                    .with(httpBasic("nurse", "nurse")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(fields).contains("data-required=\"true\"", "required");
  }

  @Test
  void should_show_manufacturers_and_couriers_the_din_never_the_patient() throws Exception {
    fixture
        .sign(
            caseId,
            "nurse",
            withNote(
                CustodyFixture.Signing.of("COLLECTED", fixture.unit(caseId, "00"), "nurse"),
                "Custody Patient was anxious"))
        .andExpect(status().isCreated());

    for (String user : new String[] {"manufacturer", "courier"}) {
      String html = panel(user);
      assertThat(html)
          .as(user)
          .contains(eyeReadable(fixture.dinOf(caseId)), "Demo Nurse", "note withheld")
          .doesNotContain("Custody Patient", "1958");
    }
    assertThat(panel("coordinator")).contains("Custody Patient was anxious");
  }

  @Test
  void should_answer_404_to_a_user_of_another_site() throws Exception {
    mvc.perform(get("/cases/" + caseId + "/custody").with(httpBasic(OUTSIDER, OUTSIDER)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/cases/" + caseId + "/custody")
                .with(httpBasic(OUTSIDER, OUTSIDER))
                .with(csrf())
                .param("eventId", UUID.randomUUID().toString())
                .param("step", "COLLECTED")
                .param("siteId", "KR-AMC")
                .param("unit", fixture.unit(caseId, "00"))
                .param("password", OUTSIDER))
        .andExpect(status().isNotFound());
    assertThat(ledger.records(caseId)).isEmpty();
  }

  @Test
  void should_refuse_the_form_to_roles_that_never_sign() throws Exception {
    mvc.perform(
            post("/cases/" + caseId + "/custody")
                .with(httpBasic("auditor", "auditor"))
                .with(csrf())
                .param("step", "COLLECTED"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/cases/" + caseId + "/custody").with(httpBasic("planner", "planner")))
        .andExpect(status().isForbidden());
  }

  private static CustodyFixture.Signing withNote(CustodyFixture.Signing signing, String note) {
    signing.note = note;
    return signing;
  }

  /** A DIN or a unit's barcode data as labels print it: {@code A9999 26 000001 00}. */
  private static String eyeReadable(String scanned) {
    DinCheck check = DinReading.read(scanned);
    return check.din().orElseThrow().eyeReadable() + check.flags().map(f -> " " + f).orElse("");
  }
}
