package org.openv2v.patientstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openv2v.IntegrationTest;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.patientstatus.domain.CellsWhereabouts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The link a coordinator gives a patient: what it shows, what it hides, and its revocation. */
@IntegrationTest
class PatientStatusTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  @Test
  void should_show_where_the_cells_are_without_identifying_the_patient() throws Exception {
    JsonNode opened = openCase("Status Patient", "ST-" + System.nanoTime());
    String path = issue(opened.get("id").asString());
    mvc.perform(get(path))
        .andExpect(status().isOk())
        .andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(content().string(containsString("Getting ready to collect your cells")))
        .andExpect(content().string(containsString("Seoul National University Hospital")))
        .andExpect(content().string(not(containsString("Status Patient"))))
        .andExpect(content().string(not(containsString(opened.get("reference").asString()))))
        .andExpect(content().string(not(containsString(opened.get("din").asString()))));
  }

  @Test
  void should_speak_korean_to_a_korean_browser() throws Exception {
    String path = issue(openCase("Status Korean", "SK-" + System.nanoTime()).get("id").asString());
    mvc.perform(get(path).header("Accept-Language", "ko-KR,ko;q=0.9"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("lang=\"ko\"")))
        .andExpect(content().string(containsString("세포 채취를 준비하고 있습니다")));
  }

  @Test
  void should_show_the_next_appointment_from_any_source() throws Exception {
    String caseId = openCase("Status Next", "SN-" + System.nanoTime()).get("id").asString();
    LocalDate soon = LocalDate.now().plusDays(3);
    KnownAppointments.BY_CASE.put(
        UUID.fromString(caseId),
        List.of(
            new Appointment(
                UUID.fromString(caseId), soon.plusDays(7), AppointmentKind.CHECK_UP, "KR-SNUH"),
            new Appointment(
                UUID.fromString(caseId), soon, AppointmentKind.CELL_COLLECTION, "KR-SNUH")));
    mvc.perform(get(issue(caseId)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("collection of your cells")))
        .andExpect(content().string(containsString(String.valueOf(soon.getYear()))));
  }

  @Test
  void should_stop_opening_once_revoked() throws Exception {
    String caseId = openCase("Status Revoked", "SR-" + System.nanoTime()).get("id").asString();
    JsonNode link = issueLink(caseId);
    String path = URI.create(link.get("url").asString()).getPath();
    mvc.perform(get(path)).andExpect(status().isOk());
    mvc.perform(
            delete("/api/v1/cases/{id}/status-links/{link}", caseId, link.get("id").asString())
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.revokedBy").value("coordinator"))
        .andExpect(jsonPath("$.viewCount").value(1));
    mvc.perform(get(path))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("This link does not open")));
  }

  @Test
  void should_not_open_a_guessed_link() throws Exception {
    mvc.perform(get("/status/" + "A".repeat(43)))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("This link does not open")));
  }

  @Test
  void should_let_only_the_treatment_centre_care_team_issue_links() throws Exception {
    String caseId = openCase("Status Roles", "SO-" + System.nanoTime()).get("id").asString();
    for (String user : List.of("nurse", "manufacturer", "courier", "auditor", "planner")) {
      mvc.perform(post("/api/v1/cases/{id}/status-links", caseId).with(httpBasic(user, user)))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            get("/api/v1/cases/{id}/status-links", caseId)
                .with(httpBasic("physician", "physician")))
        .andExpect(status().isOk());
  }

  @ParameterizedTest
  @EnumSource(CaseState.class)
  void should_tell_the_family_something_in_every_state(CaseState state) {
    assertThat(CellsWhereabouts.of(state)).isNotNull();
  }

  private String issue(String caseId) throws Exception {
    return URI.create(issueLink(caseId).get("url").asString()).getPath();
  }

  private JsonNode issueLink(String caseId) throws Exception {
    String answer =
        mvc.perform(
                post("/api/v1/cases/{id}/status-links", caseId)
                    .with(httpBasic("coordinator", "coordinator")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.url").value(containsString("/status/")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(answer);
  }

  private JsonNode openCase(String name, String mrn) throws Exception {
    String body =
        """
        {"patient": {"name": "%s", "birthDate": "1961-05-02", "sex": "MALE",
                     "weightKg": 70, "heightCm": 172, "mrn": "%s"},
         "productCode": "tisa-cel", "indication": "DLBCL", "treatmentCentreId": "KR-SNUH"}
        """
            .formatted(name, mrn);
    String answer =
        mvc.perform(
                post("/api/v1/cases")
                    .with(httpBasic("coordinator", "coordinator"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(answer);
  }
}
