package org.openv2v.bedside;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives a case's custody and bedside steps over the API, as the people at each site do. */
public final class BedsideFlow {

  private final MockMvc mvc;

  public BedsideFlow(MockMvc mvc) {
    this.mvc = mvc;
  }

  /** Signs a custody step; THAWED and INFUSED are witnessed by the physician. */
  public ResultActions sign(String caseId, String user, String step, String site, String unit)
      throws Exception {
    boolean witnessed = step.equals("THAWED") || step.equals("INFUSED");
    String body =
        """
        {"eventId": "%s", "step": "%s", "siteId": "%s", "units": ["%s"], "deviceTime": "%s",
         "condition": "INTACT", "signature": {"password": "%s"}%s}
        """
            .formatted(
                UUID.randomUUID(),
                step,
                site,
                unit,
                Instant.now(),
                user,
                witnessed
                    ? ", \"witness\": {\"username\": \"physician\", \"password\": \"physician\"}"
                    : "");
    return mvc.perform(
        post("/api/v1/cases/" + caseId + "/custody")
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /** Released at the manufacturer, received and thawed at the centre: ready for the bedside. */
  public void bringToBedside(String caseId, String din, String centre) throws Exception {
    bringToBedside(caseId, din, centre, "US-NVS-MP");
  }

  public void bringToBedside(String caseId, String din, String centre, String manufacturer)
      throws Exception {
    passSafetyChecklist(caseId, centre);
    String bag = "=" + din + "01";
    sign(caseId, "manufacturer", "RELEASED", manufacturer, bag).andExpect(status().isCreated());
    sign(caseId, "nurse", "RECEIVED_AT_SITE", centre, bag).andExpect(status().isCreated());
    sign(caseId, "nurse", "THAWED", centre, bag).andExpect(status().isCreated());
  }

  /**
   * The safety items of the pre-infusion checklist, over the safety API: lymphodepletion finished
   * two days ago (inside every catalogued product's window), two tocilizumab doses received and
   * reserved at the centre, the physician's signature.
   */
  public void passSafetyChecklist(String caseId, String centre) throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
    json(
            "/api/v1/cases/" + caseId + "/lymphodepletion",
            "physician",
            """
            {"startedOn": "%s", "finishedOn": "%s"}
            """
                .formatted(today.minusDays(4), today.minusDays(2)))
        .andExpect(status().isCreated());
    json(
            "/api/v1/pharmacy/sites/" + centre + "/tocilizumab/receipts",
            "nurse",
            """
            {"doses": 2, "lot": "TCZ-TEST"}
            """)
        .andExpect(status().isCreated());
    json(
            "/api/v1/pharmacy/tocilizumab/reservations",
            "nurse",
            """
            {"caseId": "%s", "doses": 2}
            """
                .formatted(caseId))
        .andExpect(status().isCreated());
    json(
            "/api/v1/cases/" + caseId + "/pre-infusion-checklist/signature",
            "physician",
            """
            {"noActiveInfection": true, "organFunctionAdequate": true,
             "noNewContraindications": true}
            """)
        .andExpect(status().isCreated());
  }

  private ResultActions json(String path, String user, String body) throws Exception {
    return mvc.perform(
        post(path)
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  public ResultActions verify(
      String caseId, String user, String wristband, String bag, String second) throws Exception {
    String body =
        """
        {"wristband": "%s", "bag": "%s", "secondVerifier": {"username": "%s", "password": "%s"}}
        """
            .formatted(wristband, bag, second, second);
    return mvc.perform(
        post("/api/v1/cases/" + caseId + "/bedside-verification")
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /** A fresh case at the centre, walked over the API to lymphodepletion. */
  public JsonNode caseInLymphodepletion(
      JsonMapper json, String product, String indication, String manufacturer) throws Exception {
    JsonNode opened =
        caseWalkedTo(json, product, indication, manufacturer, "LYMPHODEPLETION_STARTED");
    mvc.perform(
            get("/api/v1/cases/" + opened.get("id").asString()).with(httpBasic("nurse", "nurse")))
        .andExpect(jsonPath("$.state").value("LYMPHODEPLETION"));
    return opened;
  }

  /**
   * A fresh case at the centre, referred 50 days ago and walked over the API, a day per event,
   * through the usual journey up to and including {@code lastEvent}.
   */
  public JsonNode caseWalkedTo(
      JsonMapper json, String product, String indication, String manufacturer, String lastEvent)
      throws Exception {
    Instant day0 = Instant.now().minus(50, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    String body =
        """
        {"patient": {"name": "Bedside Patient", "birthDate": "1970-01-01", "sex": "FEMALE",
                     "weightKg": 60, "heightCm": 160, "mrn": "BS-%s"},
         "productCode": "%s", "indication": "%s", "treatmentCentreId": "KR-SNUH",
         "referredAt": "%s"}
        """
            .formatted(UUID.randomUUID().toString().substring(0, 8), product, indication, day0);
    JsonNode opened =
        json.readTree(
            mvc.perform(
                    post("/api/v1/cases")
                        .with(httpBasic("coordinator", "coordinator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    String id = opened.get("id").asString();
    String[][] steps = {
      {"physician", "ELIGIBILITY_CONFIRMED", "KR-SNUH"},
      {"coordinator", "PAYER_APPROVED", "KR-SNUH"},
      {"coordinator", "APHERESIS_SCHEDULED", "KR-SNUH"},
      {"nurse", "APHERESIS_COLLECTED", "KR-SNUH"},
      {"courier", "SHIPPED_TO_MANUFACTURER", "KR-COURIER"},
      {"manufacturer", "MANUFACTURING_STARTED", manufacturer},
      {"manufacturer", "PRODUCT_RELEASED", manufacturer},
      {"courier", "SHIPPED_TO_SITE", "KR-COURIER"},
      {"nurse", "RECEIVED_AT_SITE", "KR-SNUH"},
      {"physician", "LYMPHODEPLETION_STARTED", "KR-SNUH"},
    };
    int last =
        java.util.stream.IntStream.range(0, steps.length)
            .filter(i -> steps[i][1].equals(lastEvent))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("not on the journey: " + lastEvent));
    for (int i = 0; i <= last; i++) {
      mvc.perform(
              post("/api/v1/cases/" + id + "/events")
                  .with(httpBasic(steps[i][0], steps[i][0]))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      """
                      {"eventId": "%s", "type": "%s", "occurredAt": "%s", "siteId": "%s"}
                      """
                          .formatted(
                              UUID.randomUUID(),
                              steps[i][1],
                              day0.plus(i + 1, ChronoUnit.DAYS),
                              steps[i][2])))
          .andExpect(status().isCreated());
    }
    return opened;
  }
}
