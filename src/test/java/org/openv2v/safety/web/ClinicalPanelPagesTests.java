package org.openv2v.safety.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** The safety module's panels of the case page: content, forms, and refusals. */
@IntegrationTest
class ClinicalPanelPagesTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  private PanelFixture fixture() {
    return new PanelFixture(mvc, json);
  }

  private static String now() {
    return LocalDateTime.now(ZoneId.of("Asia/Seoul")).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  @Test
  void should_list_every_checklist_item_with_why_and_offer_the_signature_to_physicians_only()
      throws Exception {
    String id = fixture().referred(Instant.now().minus(1, ChronoUnit.DAYS)).id();
    panel(id, "checklist", "physician")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-item=\"LYMPHODEPLETION\"")))
        .andExpect(content().string(containsString("data-met=\"false\"")))
        .andExpect(content().string(containsString("Lymphodepletion is not recorded")))
        .andExpect(content().string(containsString("Tocilizumab reserved for the patient")))
        .andExpect(content().string(containsString("Sign the checklist")));
    panel(id, "checklist", "nurse")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Not ready to infuse")))
        .andExpect(content().string(not(containsString("Sign the checklist"))));
  }

  @Test
  void should_record_the_physicians_signature_and_show_the_item_met() throws Exception {
    String id = fixture().referred(Instant.now().minus(1, ChronoUnit.DAYS)).id();
    mvc.perform(
            post("/cases/{id}/safety/checklist/signature", id)
                .with(httpBasic("physician", "physician"))
                .with(csrf())
                .param("noActiveInfection", "true")
                .param("organFunctionAdequate", "true")
                .param("noNewContraindications", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Checklist signed.")))
        .andExpect(
            content()
                .string(containsString("data-item=\"PHYSICIAN_CHECKLIST\" data-met=\"true\"")));
    mvc.perform(
            post("/cases/{id}/safety/checklist/signature", id)
                .with(httpBasic("nurse", "nurse"))
                .with(csrf())
                .param("noActiveInfection", "true"))
        .andExpect(status().isForbidden());
  }

  @Test
  void should_refuse_the_clinical_panels_to_manufacturers_and_couriers() throws Exception {
    String id = fixture().referred(Instant.now().minus(1, ChronoUnit.DAYS)).id();
    for (String user : new String[] {"manufacturer", "courier"}) {
      for (String segment : new String[] {"checklist", "assessments", "follow-up"}) {
        panel(id, segment, user).andExpect(status().isForbidden());
      }
    }
  }

  @Test
  void should_grade_a_crs_assessment_and_draw_it_on_the_curve_since_infusion() throws Exception {
    String id = fixture().infused().id();
    ResultActions recorded =
        crs(id, "nurse", "39.2", "NONE", "NONE")
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Assessment recorded: grade 1.")))
            .andExpect(content().string(containsString("data-grade-curve")))
            .andExpect(content().string(containsString("data-series=\"CRS\"")))
            .andExpect(content().string(containsString(": grade 1</title>")))
            .andExpect(content().string(containsString("Supportive care: antipyretics")));
    String page = recorded.andReturn().getResponse().getContentAsString();
    // Infused two days ago: the point reads out its day and grade.
    assertThat(page).containsPattern("<title>CRS day (1\\.9|2\\.0|2\\.1): grade 1</title>");
    crs(id, "nurse", "38.5", "ONE_VASOPRESSOR", "NONE")
        .andExpect(content().string(containsString("Assessment recorded: grade 3.")))
        .andExpect(content().string(containsString(": grade 3</title>")));
  }

  @Test
  void should_show_the_calculators_field_errors_as_readable_messages() throws Exception {
    String id = fixture().infused().id();
    crs(id, "physician", "50", "NONE", "NONE")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Not recorded:")))
        .andExpect(content().string(containsString("Temperature (°C): must be between")))
        .andExpect(content().string(containsString("value=\"50\"")));
    crs(id, "physician", "", "NONE", "NONE")
        .andExpect(content().string(containsString("Temperature (°C): is required")));
    crs(id, "physician", "38", "NONE", "NOT_A_DEVICE")
        .andExpect(content().string(containsString("Oxygen support: is not one of the choices")));
  }

  @Test
  void should_grade_icans_and_let_only_a_physician_confirm_the_suggested_management()
      throws Exception {
    String id = fixture().infused().id();
    String page =
        mvc.perform(
                post("/cases/{id}/safety/assessments/icans", id)
                    .with(httpBasic("nurse", "nurse"))
                    .with(csrf())
                    .param("assessedAt", now())
                    .param("ageYears", "58")
                    .param("iceScore", "5")
                    .param("consciousness", "NORMAL")
                    .param("seizure", "NONE")
                    .param("motor", "NONE")
                    .param("cerebralEdema", "NONE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Assessment recorded: grade 2.")))
            .andExpect(content().string(containsString("data-series=\"ICANS\"")))
            .andExpect(content().string(containsString("Neuroimaging; EEG")))
            .andExpect(content().string(not(containsString("Confirm the suggested management"))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher assessment = Pattern.compile("data-assessment=\"([0-9a-f-]{36})\"").matcher(page);
    assertThat(assessment.find()).isTrue();
    String assessmentId = assessment.group(1);
    panel(id, "assessments", "physician")
        .andExpect(content().string(containsString("Confirm the suggested management")));
    mvc.perform(
            post("/cases/{id}/safety/assessments/{a}/confirmation", id, assessmentId)
                .with(httpBasic("nurse", "nurse"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/cases/{id}/safety/assessments/{a}/confirmation", id, assessmentId)
                .with(httpBasic("physician", "physician"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Confirmed by physician")));
    mvc.perform(
            post("/cases/{id}/safety/assessments/{a}/confirmation", id, assessmentId)
                .with(httpBasic("physician", "physician"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("was already confirmed by physician")));
  }

  @Test
  void should_show_coordinators_the_assessments_without_the_recording_forms() throws Exception {
    String id = fixture().infused().id();
    panel(id, "assessments", "coordinator")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-grade-curve")))
        .andExpect(content().string(not(containsString("data-form=\"crs\""))));
    panel(id, "assessments", "nurse")
        .andExpect(content().string(containsString("data-form=\"crs\"")))
        .andExpect(content().string(containsString("data-form=\"icans\"")));
  }

  @Test
  void should_list_the_follow_up_schedule_with_status_and_mark_an_item_done() throws Exception {
    String id = fixture().infused().id();
    String page =
        panel(id, "follow-up", "coordinator")
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Daily CRS and ICANS check")))
            .andExpect(content().string(containsString("data-status=\"overdue\"")))
            .andExpect(content().string(containsString("data-status=\"upcoming\"")))
            .andExpect(content().string(containsString("data-status=\"period\"")))
            .andExpect(content().string(containsString("HIRA outcome report, 6 months")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher item = Pattern.compile("/safety/follow-up/([0-9a-f-]{36})/done").matcher(page);
    assertThat(item.find()).isTrue();
    String firstDaily = item.group(1);
    String today = java.time.LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
    mvc.perform(
            post("/cases/{id}/safety/follow-up/{item}/done", id, firstDaily)
                .with(httpBasic("nurse", "nurse"))
                .with(csrf())
                .param("doneOn", today))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Marked done.")))
        .andExpect(content().string(containsString("data-status=\"done\"")));
    mvc.perform(
            post("/cases/{id}/safety/follow-up/{item}/done", id, firstDaily)
                .with(httpBasic("nurse", "nurse"))
                .with(csrf())
                .param("doneOn", today))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is already done")));
    mvc.perform(
            post("/cases/{id}/safety/follow-up/{item}/done", id, firstDaily)
                .with(httpBasic("auditor", "auditor"))
                .with(csrf())
                .param("doneOn", today))
        .andExpect(status().isForbidden());
  }

  @Test
  void should_require_the_lugano_response_for_a_hira_outcome_report() throws Exception {
    String id = fixture().infused().id();
    String page =
        panel(id, "follow-up", "coordinator").andReturn().getResponse().getContentAsString();
    Matcher hira =
        Pattern.compile(
                "data-item=\"HIRA_OUTCOME_6_MONTHS\"[\\s\\S]*?/safety/follow-up/([0-9a-f-]{36})/done")
            .matcher(page);
    assertThat(hira.find()).isTrue();
    String today = java.time.LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
    mvc.perform(
            post("/cases/{id}/safety/follow-up/{item}/done", id, hira.group(1))
                .with(httpBasic("coordinator", "coordinator"))
                .with(csrf())
                .param("doneOn", today))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Response: is required for a HIRA")));
  }

  private ResultActions crs(String id, String user, String temperature, String hypo, String oxygen)
      throws Exception {
    return mvc.perform(
        post("/cases/{id}/safety/assessments/crs", id)
            .with(httpBasic(user, user))
            .with(csrf())
            .param("assessedAt", now())
            .param("temperatureC", temperature)
            .param("hypotension", hypo)
            .param("oxygen", oxygen));
  }

  private ResultActions panel(String id, String segment, String user) throws Exception {
    return mvc.perform(
        get("/cases/{id}/safety/{segment}", id, segment).with(httpBasic(user, user)));
  }
}
