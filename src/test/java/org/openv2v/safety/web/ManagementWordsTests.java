package org.openv2v.safety.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.safety.domain.Management;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ASCO 2021 management steps on a Korean page are in Korean, said to be a translation of the
 * guideline, with the guideline still cited; on an English page they are the guideline's words.
 */
class ManagementWordsTests {

  @Test
  void every_step_of_the_guideline_has_a_korean_translation() throws IOException {
    Properties english = load("messages.properties");
    Properties korean = load("messages_ko.properties");
    for (Management.Step step : Management.Step.values()) {
      String key = "safety.management." + step.name();
      assertThat(english.getProperty(key)).as(key).isEqualTo(step.english());
      assertThat(korean.getProperty(key)).as(key).isNotBlank().isNotEqualTo(step.english());
      assertThat(korean.getProperty(key)).as(key).containsPattern("[가-힣]");
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/main/resources/safety").resolve(name), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }

  @Nested
  @IntegrationTest
  class OnTheAssessmentPanel {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    @Test
    void a_korean_page_shows_the_steps_translated_and_cites_the_guideline() throws Exception {
      String id = new PanelFixture(mvc, json).infused().id();
      String korean = icansGrade2(id, "ko");
      assertThat(korean)
          .contains("신경 영상; 뇌파 검사")
          .contains("data-management-translation")
          .contains("ASCO 2021 지침(영문 원문)을 옮긴 번역입니다.")
          .contains("ASCO 2021 (Santomasso et al., J Clin Oncol 2021)")
          .doesNotContain("Neuroimaging; EEG")
          .doesNotContain("data-translated=\"false\"");
      String english = icansGrade2(id, "en");
      assertThat(english)
          .contains("Neuroimaging; EEG")
          .contains("lang=\"en\"")
          .doesNotContain("data-management-translation")
          .doesNotContain("신경 영상");
    }

    private String icansGrade2(String id, String language) throws Exception {
      return mvc.perform(
              post("/cases/{id}/safety/assessments/icans", id)
                  .with(httpBasic("nurse", "nurse"))
                  .with(csrf())
                  .param("lang", language)
                  .param(
                      "assessedAt",
                      LocalDateTime.now(ZoneId.of("Asia/Seoul"))
                          .truncatedTo(ChronoUnit.MINUTES)
                          .toString())
                  .param("ageYears", "58")
                  .param("iceScore", "5")
                  .param("consciousness", "NORMAL")
                  .param("seizure", "NONE")
                  .param("motor", "NONE")
                  .param("cerebralEdema", "NONE"))
          .andExpect(status().isOk())
          .andReturn()
          .getResponse()
          .getContentAsString(StandardCharsets.UTF_8);
    }
  }
}
