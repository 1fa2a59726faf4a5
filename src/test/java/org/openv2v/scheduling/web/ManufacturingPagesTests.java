package org.openv2v.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.bedside.BedsideFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The manufacturer's page: orders by DIN without identity, and the three events it records. */
@IntegrationTest
class ManufacturingPagesTests {

  @Autowired MockMvc mvc;

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void manufacturer_sees_orders_by_din_and_no_demo_patient_name() throws Exception {
    UUID shipped = caseShippedToManufacturer();
    String page = page("manufacturer");

    assertThat(page)
        .contains("id=\"orders-incoming\"", "id=\"orders-inProcess\"", "id=\"slot-calendar\"")
        .contains(dinOf(shipped).substring(7))
        .contains("data-case-id=\"" + shipped + "\"");
    assertThat(page).containsPattern("class=\"code din\">[A-Z0-9]{5} \\d{2} \\d{6}");
    for (String name : demoPatientNames()) {
      assertThat(page).doesNotContain(name);
    }
    assertThat(page).doesNotContain("Manufacturing Patient", "MFG-");
  }

  @Test
  void slot_calendar_shows_booked_over_capacity_per_week_and_product() throws Exception {
    String page = page("manufacturer");

    assertThat(page).contains("id=\"slot-calendar\"", "data-product=\"tisa-cel\"");
    assertThat(page).containsPattern("<td class=\"num slot\">\\s*<span[^>]*>\\d+ / \\d+</span>");
  }

  @Test
  void coordinator_nurse_and_planner_are_refused_the_manufacturing_page() throws Exception {
    for (String user : List.of("coordinator", "nurse", "physician", "planner", "courier")) {
      mvc.perform(get("/manufacturing").with(httpBasic(user, user)))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            post("/manufacturing/cases/" + UUID.randomUUID() + "/events")
                .with(httpBasic("coordinator", "coordinator"))
                .with(csrf())
                .param("type", "PRODUCT_RELEASED"))
        .andExpect(status().isForbidden());
  }

  @Test
  void manufacturer_starts_then_releases_an_order_and_the_case_is_released() throws Exception {
    UUID id = caseShippedToManufacturer();

    String started = record(id, "MANUFACTURING_STARTED", "");
    assertThat(started).contains("Manufacturing started for").contains("message--info");
    state(id, "IN_MANUFACTURING");

    String released = record(id, "PRODUCT_RELEASED", "");
    assertThat(released).contains("Product released for");
    state(id, "RELEASED");
    assertThat(released).contains("id=\"orders-recent\"").contains("data-case-id=\"" + id + "\"");
  }

  @Test
  void a_failure_needs_a_reason_and_is_recorded_with_it() throws Exception {
    UUID id = caseShippedToManufacturer();
    record(id, "MANUFACTURING_STARTED", "");

    String refused = record(id, "MANUFACTURING_FAILED", "  ");
    assertThat(refused).contains("Not recorded:", "message--alert").doesNotContain("Exception");
    state(id, "IN_MANUFACTURING");

    String failed = record(id, "MANUFACTURING_FAILED", "Viability 62% below the 80% release limit");
    assertThat(failed).contains("Manufacturing failure recorded for");
    state(id, "MANUFACTURING_FAILED");
    mvc.perform(
            get("/api/v1/cases/" + id + "/timeline")
                .with(httpBasic("manufacturer", "manufacturer")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.events[-1].note").value("Viability 62% below the 80% release limit"));
  }

  @Test
  void an_event_out_of_turn_is_refused_readably_and_changes_nothing() throws Exception {
    UUID id = caseShippedToManufacturer();

    String refused = record(id, "PRODUCT_RELEASED", "");

    assertThat(refused).contains("Not recorded:", "message--alert").doesNotContain("Exception");
    state(id, "SHIPPED_TO_MANUFACTURER");
    assertThat(record(id, "SHIPPED_TO_SITE", "")).contains("Not recorded:", "message--alert");
    state(id, "SHIPPED_TO_MANUFACTURER");
  }

  @Test
  void the_same_form_sent_twice_records_once() throws Exception {
    UUID id = caseShippedToManufacturer();
    String eventId = UUID.randomUUID().toString();
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/manufacturing/cases/" + id + "/events")
                  .with(httpBasic("manufacturer", "manufacturer"))
                  .with(csrf())
                  .header("HX-Request", "true")
                  .param("type", "MANUFACTURING_STARTED")
                  .param("eventId", eventId))
          .andExpect(status().isOk());
    }
    String timeline =
        mvc.perform(
                get("/api/v1/cases/" + id + "/timeline")
                    .with(httpBasic("coordinator", "coordinator")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(timeline.split("MANUFACTURING_STARTED", -1)).hasSize(2);
  }

  @Test
  void without_htmx_the_form_returns_to_the_page() throws Exception {
    UUID id = caseShippedToManufacturer();
    mvc.perform(
            post("/manufacturing/cases/" + id + "/events")
                .with(httpBasic("manufacturer", "manufacturer"))
                .with(csrf())
                .param("type", "MANUFACTURING_STARTED"))
        .andExpect(status().is3xxRedirection());
    state(id, "IN_MANUFACTURING");
  }

  @Test
  void a_form_without_its_csrf_token_is_refused() throws Exception {
    UUID id = caseShippedToManufacturer();
    mvc.perform(
            post("/manufacturing/cases/" + id + "/events")
                .with(httpBasic("manufacturer", "manufacturer"))
                .param("type", "MANUFACTURING_STARTED"))
        .andExpect(status().isForbidden());
    state(id, "SHIPPED_TO_MANUFACTURER");
  }

  private String page(String user) throws Exception {
    return mvc.perform(get("/manufacturing").with(httpBasic(user, user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String record(UUID id, String type, String reason) throws Exception {
    return mvc.perform(
            post("/manufacturing/cases/" + id + "/events")
                .with(httpBasic("manufacturer", "manufacturer"))
                .with(csrf())
                .header("HX-Request", "true")
                .param("type", type)
                .param("eventId", UUID.randomUUID().toString())
                .param("reason", reason))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private void state(UUID id, String expected) throws Exception {
    mvc.perform(get("/api/v1/cases/" + id).with(httpBasic("coordinator", "coordinator")))
        .andExpect(jsonPath("$.state").value(expected));
  }

  private String dinOf(UUID id) throws Exception {
    return json.readTree(
            mvc.perform(get("/api/v1/cases/" + id).with(httpBasic("manufacturer", "manufacturer")))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .get("din")
        .asString();
  }

  /** A fresh tisa-cel case at SNUH, walked over the API until its cells are on their way. */
  private UUID caseShippedToManufacturer() throws Exception {
    JsonNode opened =
        new BedsideFlow(mvc)
            .caseWalkedTo(json, "tisa-cel", "DLBCL", "US-NVS-MP", "SHIPPED_TO_MANUFACTURER");
    return UUID.fromString(opened.get("id").asString());
  }

  static List<String> demoPatientNames() throws Exception {
    try (InputStream in = new ClassPathResource("demo/cases.json").getInputStream()) {
      JsonNode file = JsonMapper.builder().build().readTree(in);
      List<String> names = new ArrayList<>();
      file.get("cases").forEach(c -> names.add(c.get("patient").get("name").asString()));
      assertThat(names).hasSize(22);
      return names;
    }
  }
}
