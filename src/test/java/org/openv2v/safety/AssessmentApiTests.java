package org.openv2v.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assessments on a case: graded on entry, management suggested, confirmed by a physician. */
@IntegrationTest
class AssessmentApiTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  static final String CRS_GRADE_3 =
      """
      "crs": {"temperatureC": 39.5, "feverOtherCause": false, "crsPreviouslyDiagnosed": false,
              "antipyreticOrAnticytokineGiven": false, "hypotension": "ONE_VASOPRESSOR",
              "vasopressinOnlyAdded": false, "oxygen": "NONE", "deathDueToCrs": false}
      """;

  @Test
  void should_grade_on_entry_suggest_management_and_take_a_confirmation() throws Exception {
    String id = openCase();
    Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
    JsonNode crs =
        read(
            record(id, "nurse", "{\"assessedAt\": \"%s\", %s}".formatted(at, CRS_GRADE_3))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CRS"))
                .andExpect(jsonPath("$.grade").value(3))
                .andExpect(
                    jsonPath("$.suggestedManagement", hasItem(containsString("Dexamethasone"))))
                .andExpect(jsonPath("$.managementSource").value(containsString("ASCO 2021"))));
    record(
            id,
            "physician",
            """
            {"assessedAt": "%s", "icans": {"ageYears": 55, "iceScore": 6,
             "iceUnableToPerform": false, "capdScore": null, "consciousness": "NORMAL",
             "consciousnessOtherCause": false, "seizure": "NONE", "motor": "NONE",
             "cerebralEdema": "NONE", "deathDueToIcans": false}}
            """
                .formatted(at.plusSeconds(600)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.grade").value(2))
        .andExpect(jsonPath("$.suggestedManagement", hasItem(containsString("tocilizumab"))));
    record(
            id,
            "nurse",
            "{\"assessedAt\": \"%s\", \"ice\": {\"orientation\": 4, \"naming\": 3, \"commands\": 1, \"writing\": 1, \"attention\": 0}}"
                .formatted(at.plusSeconds(700)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.score").value(9));
    record(
            id,
            "nurse",
            "{\"assessedAt\": \"%s\", \"bloodCount\": {\"ancPerUl\": 300, \"plateletsPerNl\": 40}}"
                .formatted(at.plusSeconds(800)))
        .andExpect(status().isCreated());
    String assessment = crs.get("id").asString();
    mvc.perform(
            post("/api/v1/cases/" + id + "/assessments/" + assessment + "/confirmation")
                .with(httpBasic("nurse", "nurse")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/cases/" + id + "/assessments/" + assessment + "/confirmation")
                .with(httpBasic("physician", "physician")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.confirmedBy").value("physician"));
    JsonNode series =
        read(
            mvc.perform(
                    get("/api/v1/cases/" + id + "/assessments")
                        .with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isOk()));
    assertThat(series.get("assessments")).hasSize(4);
    assertThat(series.get("assessments").get(0).get("kind").asString()).isEqualTo("CRS");
  }

  @Test
  void should_refuse_two_kinds_at_once_and_manufacturers() throws Exception {
    String id = openCase();
    record(
            id,
            "nurse",
            "{\"assessedAt\": \"%s\", %s, \"bloodCount\": {\"ancPerUl\": 300}}"
                .formatted(Instant.now().minusSeconds(60), CRS_GRADE_3))
        .andExpect(status().isBadRequest());
    mvc.perform(
            get("/api/v1/cases/" + id + "/assessments")
                .with(httpBasic("manufacturer", "manufacturer")))
        .andExpect(status().isForbidden());
  }

  private ResultActions record(String id, String user, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/cases/" + id + "/assessments")
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private String openCase() throws Exception {
    String body =
        """
        {"patient": {"name": "Assessed Patient", "birthDate": "1970-02-02", "sex": "FEMALE",
                     "weightKg": 60, "heightCm": 160, "mrn": "AS-%s"},
         "productCode": "tisa-cel", "indication": "DLBCL", "treatmentCentreId": "KR-SNUH",
         "referredAt": "%s"}
        """
            .formatted(
                UUID.randomUUID().toString().substring(0, 8),
                Instant.now().minus(2, ChronoUnit.DAYS));
    return read(mvc.perform(
                post("/api/v1/cases")
                    .with(httpBasic("coordinator", "coordinator"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated()))
        .get("id")
        .asString();
  }

  private JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }
}
