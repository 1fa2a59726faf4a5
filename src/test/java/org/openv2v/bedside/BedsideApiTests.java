package org.openv2v.bedside;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The bedside check over the API, on real PostgreSQL, and the hard stop before INFUSED. */
@IntegrationTest
class BedsideApiTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;

  @Test
  void should_match_and_then_allow_infusion() throws Exception {
    JsonNode ready = caseInLymphodepletion();
    String id = ready.get("id").asString();
    String din = ready.get("din").asString();
    BedsideFlow flow = new BedsideFlow(mvc);
    flow.bringToBedside(id, din, "KR-SNUH");
    infuse(id)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("MATCH")));
    flow.verify(id, "nurse", din, "=" + din + "01", "physician")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result").value("MATCH"))
        .andExpect(jsonPath("$.reasons").isEmpty())
        .andExpect(jsonPath("$.infuseBefore").isNotEmpty());
    infuse(id).andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("INFUSED"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "wrong patient,             OTHER_WRISTBAND, PRODUCT_BAG,   physician, WRONG_PATIENT",
    "bag of another case,       WRISTBAND,       OTHER_BAG,     physician, WRONG_CASE",
    "apheresis bag not product, WRISTBAND,       APHERESIS_BAG, physician, NOT_A_PRODUCT_BAG",
    "same person twice,         WRISTBAND,       PRODUCT_BAG,   nurse,     SAME_VERIFIER",
    "second verifier unknown,   WRISTBAND,       PRODUCT_BAG,   nobody,    SECOND_VERIFIER_NOT_CONFIRMED",
    "courier as second,         WRISTBAND,       PRODUCT_BAG,   courier,   SECOND_VERIFIER_NOT_CONFIRMED",
  })
  void should_refuse_with_its_reason_and_keep_infusion_refused(
      String name, String wristband, String bag, String second, String reason) throws Exception {
    JsonNode ready = caseInLymphodepletion();
    String id = ready.get("id").asString();
    String din = ready.get("din").asString();
    String otherDin = caseInLymphodepletion().get("din").asString();
    new BedsideFlow(mvc).bringToBedside(id, din, "KR-SNUH");
    String wristbandText = wristband.equals("WRISTBAND") ? din : otherDin;
    String bagText =
        switch (bag) {
          case "PRODUCT_BAG" -> "=" + din + "01";
          case "OTHER_BAG" -> "=" + otherDin + "01";
          default -> din; // the bare DIN reads as no unit: not a product bag
        };
    if (bag.equals("APHERESIS_BAG")) {
      bagText = apheresisBag(din);
    }
    new BedsideFlow(mvc)
        .verify(id, "nurse", wristbandText, bagText, second)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result").value("MISMATCH"))
        .andExpect(jsonPath("$.reasons[*].code").value(org.hamcrest.Matchers.hasItem(reason)));
    infuse(id).andExpect(status().isConflict());
  }

  @Test
  void should_refuse_when_not_yet_received_or_not_thawed() throws Exception {
    JsonNode ready = caseInLymphodepletion();
    String id = ready.get("id").asString();
    String din = ready.get("din").asString();
    BedsideFlow flow = new BedsideFlow(mvc);
    flow.sign(id, "manufacturer", "RELEASED", "US-NVS-MP", "=" + din + "01")
        .andExpect(status().isCreated());
    flow.verify(id, "nurse", din, "=" + din + "01", "physician")
        .andExpect(jsonPath("$.result").value("MISMATCH"))
        .andExpect(
            jsonPath("$.reasons[*].code")
                .value(org.hamcrest.Matchers.hasItems("NOT_RECEIVED_AT_SITE", "NOT_THAWED")));
    infuse(id).andExpect(status().isConflict());
  }

  @Test
  void should_refuse_when_the_thaw_limit_has_passed() throws Exception {
    // The ledger is append-only and the clock is shared, so the test gives a product a thaw
    // limit of zero minutes instead of waiting: any infusion after the thaw is then too late.
    ObjectNode cilta =
        (ObjectNode)
            json.readTree(
                mvc.perform(get("/api/v1/products/cilta-cel").with(httpBasic("admin", "admin")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
    ((ObjectNode) cilta.get("handling")).put("thawToInfusionMinutes", 0);
    mvc.perform(
            put("/api/v1/products/cilta-cel")
                .with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(cilta.toString()))
        .andExpect(status().isOk());
    JsonNode ready = caseInLymphodepletion("cilta-cel", "MM", "US-JNJ-RARITAN");
    String id = ready.get("id").asString();
    String din = ready.get("din").asString();
    BedsideFlow flow = new BedsideFlow(mvc);
    flow.bringToBedside(id, din, "KR-SNUH", "US-JNJ-RARITAN");
    Thread.sleep(5);
    flow.verify(id, "nurse", din, "=" + din + "01", "physician")
        .andExpect(jsonPath("$.result").value("MISMATCH"))
        .andExpect(
            jsonPath("$.reasons[*].code")
                .value(org.hamcrest.Matchers.contains("THAW_LIMIT_PASSED")));
    infuse(id).andExpect(status().isConflict());
  }

  @Test
  void should_record_every_verification() throws Exception {
    JsonNode ready = caseInLymphodepletion();
    String id = ready.get("id").asString();
    String din = ready.get("din").asString();
    new BedsideFlow(mvc).verify(id, "nurse", din, din, "physician").andExpect(status().isOk());
    new BedsideFlow(mvc).verify(id, "physician", din, din, "nurse").andExpect(status().isOk());
    org.assertj.core.api.Assertions.assertThat(
            jdbc.sql("select count(*) from bedside.verification where case_id = ?")
                .param(UUID.fromString(id))
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void should_let_only_physicians_and_nurses_verify() throws Exception {
    JsonNode ready = caseInLymphodepletion();
    String din = ready.get("din").asString();
    new BedsideFlow(mvc)
        .verify(ready.get("id").asString(), "coordinator", din, din, "physician")
        .andExpect(status().isForbidden());
  }

  private String apheresisBag(String din) {
    return org.openv2v.identity.domain.Din.parse(din)
        .barcodeData(org.openv2v.identity.domain.UnitKind.APHERESIS);
  }

  private org.springframework.test.web.servlet.ResultActions infuse(String id) throws Exception {
    return mvc.perform(
        post("/api/v1/cases/" + id + "/events")
            .with(httpBasic("nurse", "nurse"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"eventId": "%s", "type": "INFUSED", "occurredAt": "%s", "siteId": "KR-SNUH"}
                """
                    .formatted(UUID.randomUUID(), Instant.now())));
  }

  /** A new case at SNUH walked to LYMPHODEPLETION through the API. */
  private JsonNode caseInLymphodepletion() throws Exception {
    return new BedsideFlow(mvc).caseInLymphodepletion(json, "tisa-cel", "DLBCL", "US-NVS-MP");
  }

  private JsonNode caseInLymphodepletion(String product, String indication, String manufacturer)
      throws Exception {
    return new BedsideFlow(mvc).caseInLymphodepletion(json, product, indication, manufacturer);
  }
}
