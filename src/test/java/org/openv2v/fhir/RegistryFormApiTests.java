package org.openv2v.fhir;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The registry forms of an infused demo case through the API, and recording a submission. */
@IntegrationTest
class RegistryFormApiTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  private String caseId;

  @BeforeEach
  void pickAnInfusedDemoCase() {
    caseId =
        jdbc.sql(
                "select id::text from cases.patient_case where treatment_centre_id = 'KR-SMC'"
                    + " and state in ('FOLLOW_UP', 'MONITORING') order by referred_at limit 1")
            .query(String.class)
            .single();
  }

  @Test
  void should_list_every_form_with_its_due_date_and_missing_fields() throws Exception {
    mvc.perform(
            get("/api/v1/cases/{id}/registry-forms", caseId)
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(54))
        .andExpect(jsonPath("$[*].form", hasItem("mfds-ltfu")))
        .andExpect(jsonPath("$[*].form", hasItem("hira-outcome")))
        .andExpect(jsonPath("$[*].form", hasItem("cibmtr-4000")))
        .andExpect(jsonPath("$[*].timepoint", hasItem("year-15")))
        .andExpect(jsonPath("$[0].missingFields").isNumber());
    mvc.perform(
            get("/api/v1/cases/{id}/registry-forms/cibmtr-4006/infusion", caseId)
                .with(httpBasic("physician", "physician")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.form").value("CIBMTR_4006"))
        .andExpect(jsonPath("$.fields[?(@.id == '4006.infusionDate')].value").isNotEmpty())
        .andExpect(jsonPath("$.missing", hasItem("4006.cellsInfused")));
    mvc.perform(
            get("/api/v1/cases/{id}/registry-forms/cibmtr-4100/day-100/csv", caseId)
                .with(httpBasic("auditor", "auditor")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    allOf(
                        startsWith("attachment; filename=\""),
                        endsWith("-cibmtr-4100-day-100.csv\""))))
        .andExpect(
            content()
                .string(startsWith("form,case,timepoint,due_on,field,label,value,source,missing")));
    mvc.perform(
            get("/api/v1/cases/{id}/registry-forms/hira-outcome/month-6/sheet", caseId)
                .with(httpBasic("nurse", "nurse")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(
            header().string("Content-Disposition", endsWith("-hira-outcome-month-6-sheet.csv\"")))
        .andExpect(content().string(startsWith("\uFEFF요양기관,사례 번호,수진자 주민등록번호")));
    mvc.perform(
            get("/api/v1/cases/{id}/registry-forms/mfds-ltfu/year-15", caseId)
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.missing", hasItem("mfds.newMalignancy")));
  }

  @Test
  void should_record_a_submission_once_and_refuse_the_wrong_people_and_dates() throws Exception {
    String url = "/api/v1/cases/{id}/registry-forms/ebmt-ct-day-100/day-100/submission";
    mvc.perform(
            post(url, caseId)
                .with(httpBasic("coordinator", "coordinator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"submittedOn\": \"2199-01-01\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post(url, caseId)
                .with(httpBasic("coordinator", "coordinator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"submittedOn\": \"2026-01-02\", \"reference\": \"EBMT-123\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.recordedBy").value("coordinator"));
    mvc.perform(
            post(url, caseId)
                .with(httpBasic("coordinator", "coordinator"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"submittedOn\": \"2026-01-02\"}"))
        .andExpect(status().isConflict());
    mvc.perform(
            get("/api/v1/cases/{id}/registry-forms", caseId)
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(
            jsonPath(
                "$[?(@.form == 'ebmt-ct-day-100')].submission.reference", hasItem("EBMT-123")));
    mvc.perform(
            post(url, caseId)
                .with(httpBasic("physician", "physician"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"submittedOn\": \"2026-01-02\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/cases/{id}/registry-forms", caseId)
                .with(httpBasic("manufacturer", "manufacturer")))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/cases/{id}/registry-forms/cibmtr-9999/day-100", caseId)
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isNotFound());
  }
}
