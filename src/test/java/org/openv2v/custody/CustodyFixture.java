package org.openv2v.custody;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cases to sign custody on, and custody requests as clients send them. */
final class CustodyFixture {

  private static final AtomicInteger MRN = new AtomicInteger(1);
  private static final Actor COORDINATOR =
      new Actor("coordinator", "Demo Coordinator", Role.COORDINATOR, Set.of("KR-SNUH", "KR-SMC"));

  private final MockMvc mvc;
  private final JsonMapper json;
  private final Cases cases;
  private final UnitMatcher units;

  CustodyFixture(MockMvc mvc, JsonMapper json, Cases cases, UnitMatcher units) {
    this.mvc = mvc;
    this.json = json;
    this.cases = cases;
    this.units = units;
  }

  /** A tisa-cel case referred at Seoul National University Hospital. */
  UUID openCase() throws Exception {
    String body =
        """
        {"patient": {"name": "Custody Patient", "birthDate": "1958-03-14", "sex": "FEMALE",
                     "weightKg": 61.5, "heightCm": 160, "mrn": "C%d-%d"},
         "productCode": "tisa-cel", "indication": "DLBCL", "treatmentCentreId": "KR-SNUH"}
        """
            .formatted(System.nanoTime() % 1_000_000_000L, MRN.getAndIncrement());
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
    return UUID.fromString(json.readTree(answer).get("id").asString());
  }

  CaseView view(UUID caseId) {
    return cases.find(caseId, COORDINATOR);
  }

  /** The case's DIN, through the same matcher the platform uses. */
  String dinOf(UUID caseId) {
    return units.caseDin(view(caseId)).orElseThrow();
  }

  /** The barcode data of a product bag of the case: "=" + DIN + flags. */
  String unit(UUID caseId, String flags) {
    return "=" + dinOf(caseId) + flags;
  }

  ResultActions sign(UUID caseId, String user, Signing signing) throws Exception {
    return mvc.perform(
        post("/api/v1/cases/" + caseId + "/custody")
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(signing.toJson(json)));
  }

  JsonNode ledger(UUID caseId, String user) throws Exception {
    return json.readTree(ledgerText(caseId, user));
  }

  String ledgerText(UUID caseId, String user) throws Exception {
    return mvc.perform(get("/api/v1/cases/" + caseId + "/ledger").with(httpBasic(user, user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  /** One custody request; every field can be changed before it is sent. */
  static final class Signing {
    UUID eventId = UUID.randomUUID();
    String step = "STORED";
    String siteId = "KR-SNUH";
    List<String> units = new ArrayList<>();
    Object deviceTime = Instant.now().minus(2, ChronoUnit.MINUTES).toString();
    String condition = "INTACT";
    Object temperatureCelsius = -150.5;
    String note;
    String password;
    String witness;
    String witnessPassword;

    static Signing of(String step, String unit, String password) {
      Signing signing = new Signing();
      signing.step = step;
      signing.units.add(unit);
      signing.password = password;
      return signing;
    }

    Signing witnessedBy(String username, String password) {
      witness = username;
      witnessPassword = password;
      return this;
    }

    Signing copy() {
      Signing copy = new Signing();
      copy.eventId = eventId;
      copy.step = step;
      copy.siteId = siteId;
      copy.units = new ArrayList<>(units);
      copy.deviceTime = deviceTime;
      copy.condition = condition;
      copy.temperatureCelsius = temperatureCelsius;
      copy.note = note;
      copy.password = password;
      copy.witness = witness;
      copy.witnessPassword = witnessPassword;
      return copy;
    }

    String toJson(JsonMapper json) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("eventId", eventId.toString());
      body.put("step", step);
      body.put("siteId", siteId);
      body.put("units", units);
      body.put("deviceTime", deviceTime);
      body.put("condition", condition);
      if (temperatureCelsius != null) {
        body.put("temperatureCelsius", temperatureCelsius);
      }
      if (note != null) {
        body.put("note", note);
      }
      if (password != null) {
        body.put("signature", Map.of("password", password));
      }
      if (witness != null) {
        body.put("witness", Map.of("username", witness, "password", witnessPassword));
      }
      return json.writeValueAsString(body);
    }
  }
}
