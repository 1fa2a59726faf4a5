package org.openv2v.bedside;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bedside screen for tablets: the form, and the full-screen verdict. */
@IntegrationTest
class BedsideScreenTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  @Test
  void should_offer_the_scan_form_to_nurses() throws Exception {
    JsonNode opened = openCase();
    mvc.perform(
            get("/cases/{id}/bedside", opened.get("id").asString())
                .with(httpBasic("nurse", "nurse")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Patient wristband")))
        .andExpect(content().string(containsString("Second verifier")))
        .andExpect(content().string(containsString("within 30 minutes of thaw")));
  }

  @Test
  void should_fill_the_screen_with_mismatch_and_every_reason() throws Exception {
    JsonNode opened = openCase();
    JsonNode other = openCase();
    mvc.perform(
            post("/cases/{id}/bedside", opened.get("id").asString())
                .with(httpBasic("nurse", "nurse"))
                .with(csrf())
                .param("wristband", other.get("din").asString())
                .param("bag", "=" + opened.get("din").asString() + "01")
                .param("secondUsername", "nurse")
                .param("secondPassword", "nurse"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-verdict=\"MISMATCH\"")))
        .andExpect(content().string(containsString("bedside-body--mismatch")))
        .andExpect(content().string(containsString("belongs to another patient")))
        .andExpect(content().string(containsString("must be a different person")));
  }

  @Test
  void should_ask_again_when_a_scan_is_missing() throws Exception {
    JsonNode opened = openCase();
    mvc.perform(
            post("/cases/{id}/bedside", opened.get("id").asString())
                .with(httpBasic("nurse", "nurse"))
                .with(csrf())
                .param("wristband", opened.get("din").asString()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Scan both the wristband and the bag")));
  }

  @Test
  void should_speak_korean_when_asked() throws Exception {
    JsonNode opened = openCase();
    mvc.perform(
            get("/cases/{id}/bedside", opened.get("id").asString())
                .param("lang", "ko")
                .with(httpBasic("nurse", "nurse")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("환자 팔찌")));
  }

  @Test
  void should_refuse_those_who_do_not_infuse() throws Exception {
    JsonNode opened = openCase();
    for (String user : new String[] {"manufacturer", "courier", "coordinator"}) {
      mvc.perform(
              get("/cases/{id}/bedside", opened.get("id").asString()).with(httpBasic(user, user)))
          .andExpect(status().isForbidden());
    }
  }

  private JsonNode openCase() throws Exception {
    String body =
        """
        {"patient": {"name": "Screen Patient", "birthDate": "1966-02-02", "sex": "FEMALE",
                     "weightKg": 58, "heightCm": 158, "mrn": "SCR-%d"},
         "productCode": "tisa-cel", "indication": "DLBCL", "treatmentCentreId": "KR-SNUH"}
        """
            .formatted(System.nanoTime());
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
