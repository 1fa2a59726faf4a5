package org.openv2v.fhir;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The form's page: the fields worded, a form of another site not found, and the coordinator
 * recording the submission there (a date in the future refused in words, a second record too).
 */
@IntegrationTest
class RegistryFormPageTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  private String caseId;

  @BeforeEach
  void pickAnInfusedLymphomaCase() {
    caseId =
        jdbc.sql(
                "select id::text from cases.patient_case where treatment_centre_id = 'KR-SMC'"
                    + " and indication = 'DLBCL' and state in ('FOLLOW_UP', 'MONITORING')"
                    + " order by referred_at desc limit 1")
            .query(String.class)
            .single();
  }

  @Test
  void should_show_the_hira_report_in_korean_and_record_its_submission_once() throws Exception {
    String page = "/cases/" + caseId + "/registry-forms/hira-outcome/month-12";
    mvc.perform(get(page + "?lang=ko").with(httpBasic("nurse", "nurse")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("요양기관")))
        .andExpect(content().string(containsString("삼성서울병원")))
        .andExpect(content().string(not(containsString("KR-SMC<"))))
        .andExpect(content().string(not(containsString("name=\"submittedOn\""))));
    mvc.perform(
            post(page + "/submission")
                .with(httpBasic("coordinator", "coordinator"))
                .with(csrf())
                .param("submittedOn", "2199-01-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-problem")));
    mvc.perform(
            post(page + "/submission")
                .with(httpBasic("coordinator", "coordinator"))
                .with(csrf())
                .param("submittedOn", "2026-01-05")
                .param("reference", "HIRA-77"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(page + "?recorded"));
    mvc.perform(get(page).with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("HIRA-77")))
        .andExpect(content().string(containsString("data-submitted")));
    mvc.perform(
            post(page + "/submission")
                .with(httpBasic("coordinator", "coordinator"))
                .with(csrf())
                .param("submittedOn", "2026-01-05"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-problem")));
    mvc.perform(
            post(page + "/submission")
                .with(httpBasic("physician", "physician"))
                .with(csrf())
                .param("submittedOn", "2026-01-05"))
        .andExpect(status().isForbidden());
  }

  @Test
  void should_answer_an_unknown_form_or_a_stranger_without_a_stack_trace() throws Exception {
    mvc.perform(
            get("/cases/" + caseId + "/registry-forms/cibmtr-9999/day-100")
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/cases/" + caseId + "/registry-forms/cibmtr-4000/infusion")
                .with(httpBasic("manufacturer", "manufacturer")))
        .andExpect(status().isForbidden());
  }
}
