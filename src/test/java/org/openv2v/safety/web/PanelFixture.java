package org.openv2v.safety.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.openv2v.bedside.BedsideFlow;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fresh tisa-cel DLBCL cases at SNUH for the panel tests: referred, or brought to infusion. */
public final class PanelFixture {

  private final MockMvc mvc;
  private final JsonMapper json;

  public PanelFixture(MockMvc mvc, JsonMapper json) {
    this.mvc = mvc;
    this.json = json;
  }

  public record Opened(String id, String din) {}

  Opened referred(Instant referredAt) throws Exception {
    String body =
        """
        {"patient": {"name": "Panel Patient", "birthDate": "1968-05-01", "sex": "MALE",
                     "weightKg": 72, "heightCm": 171, "mrn": "PNL-%s"},
         "productCode": "tisa-cel", "indication": "DLBCL", "treatmentCentreId": "KR-SNUH",
         "referredAt": "%s"}
        """
            .formatted(UUID.randomUUID().toString().substring(0, 8), referredAt);
    JsonNode opened =
        json.readTree(
            post("/api/v1/cases", "coordinator", body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    return new Opened(opened.get("id").asString(), opened.get("din").asString());
  }

  /** Walked to lymphodepletion, bedside MATCH, INFUSED two days ago. */
  public Opened infused() throws Exception {
    JsonNode walked =
        new BedsideFlow(mvc).caseInLymphodepletion(json, "tisa-cel", "DLBCL", "US-NVS-MP");
    Opened opened = new Opened(walked.get("id").asString(), walked.get("din").asString());
    BedsideFlow flow = new BedsideFlow(mvc);
    flow.bringToBedside(opened.id(), opened.din(), "KR-SNUH");
    flow.verify(opened.id(), "nurse", opened.din(), "=" + opened.din() + "01", "physician")
        .andExpect(jsonPath("$.result").value("MATCH"));
    event(
            opened.id(),
            "nurse",
            "INFUSED",
            "KR-SNUH",
            Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS))
        .andExpect(status().isCreated());
    return opened;
  }

  ResultActions event(String id, String user, String type, String site, Instant at)
      throws Exception {
    return post(
        "/api/v1/cases/" + id + "/events",
        user,
        "{\"eventId\": \"%s\", \"type\": \"%s\", \"occurredAt\": \"%s\", \"siteId\": \"%s\"}"
            .formatted(UUID.randomUUID(), type, at, site));
  }

  private ResultActions post(String path, String user, String body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
