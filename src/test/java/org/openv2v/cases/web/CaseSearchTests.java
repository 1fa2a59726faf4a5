package org.openv2v.cases.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Finding a case by DIN, reference, name or record number, as each role may. */
@IntegrationTest
class CaseSearchTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"DIN", "DIN_PRINTED", "BAG_SCAN", "REFERENCE", "NAME_PART", "MRN"})
  void should_find_a_case_by_what_the_coordinator_has_at_hand(String by) throws Exception {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    JsonNode opened = openCase("Searchable " + unique + " Park", "SRCH-" + unique);
    String din = opened.get("din").asString();
    String q =
        switch (by) {
          case "DIN" -> din;
          case "DIN_PRINTED" ->
              din.substring(0, 5) + " " + din.substring(5, 7) + " " + din.substring(7) + " X";
          case "BAG_SCAN" -> "=" + din + "01";
          case "REFERENCE" -> opened.get("reference").asString();
          case "NAME_PART" -> unique.toUpperCase();
          default -> "srch-" + unique;
        };
    mvc.perform(get("/api/v1/cases").param("q", q).with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].id").value(opened.get("id").asString()));
  }

  @Test
  void should_not_let_those_who_see_no_names_search_by_name_or_record_number() throws Exception {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    JsonNode opened = openCase("Hidden " + unique, "HID-" + unique);
    for (String q : new String[] {unique, "HID-" + unique}) {
      mvc.perform(
              get("/api/v1/cases").param("q", q).with(httpBasic("manufacturer", "manufacturer")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$", hasSize(0)));
    }
    mvc.perform(
            get("/api/v1/cases")
                .param("q", opened.get("din").asString())
                .with(httpBasic("manufacturer", "manufacturer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(1)));
  }

  @Test
  void should_treat_wildcards_as_plain_characters() throws Exception {
    mvc.perform(get("/api/v1/cases").param("q", "%").with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(0)));
  }

  @Test
  void should_refuse_a_search_longer_than_a_name_could_be() throws Exception {
    mvc.perform(
            get("/api/v1/cases")
                .param("q", "x".repeat(101))
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("q"));
  }

  private JsonNode openCase(String name, String mrn) throws Exception {
    String body =
        """
        {"patient": {"name": "%s", "birthDate": "1959-09-09", "sex": "MALE",
                     "weightKg": 66, "heightCm": 168, "mrn": "%s"},
         "productCode": "tisa-cel", "indication": "DLBCL", "treatmentCentreId": "KR-SNUH"}
        """
            .formatted(name, mrn);
    return json.readTree(
        mvc.perform(
                post("/api/v1/cases")
                    .with(httpBasic("coordinator", "coordinator"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
