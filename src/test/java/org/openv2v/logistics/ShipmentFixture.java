package org.openv2v.logistics;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.openv2v.logistics.domain.LoggerFiles;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cases to ship, shipments to book and logger files to upload, as clients send them. */
final class ShipmentFixture {

  static final String PATIENT = "Shipment Patient";
  private static final AtomicInteger SERIAL = new AtomicInteger(1);

  private final MockMvc mvc;
  private final JsonMapper json;

  ShipmentFixture(MockMvc mvc, JsonMapper json) {
    this.mvc = mvc;
    this.json = json;
  }

  /** A tisa-cel case at Seoul National University Hospital, made by US-NVS-MP. */
  UUID openCase() throws Exception {
    String body =
        """
        {"patient": {"name": "%s", "birthDate": "1961-07-02", "sex": "MALE",
                     "weightKg": 72, "heightCm": 171, "mrn": "L%d-%d"},
         "productCode": "tisa-cel", "indication": "DLBCL", "treatmentCentreId": "KR-SNUH"}
        """
            .formatted(PATIENT, System.nanoTime() % 1_000_000_000L, SERIAL.getAndIncrement());
    return UUID.fromString(
        read(mvc.perform(
                    post("/api/v1/cases")
                        .with(httpBasic("coordinator", "coordinator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated()))
            .get("id")
            .asString());
  }

  /** A shipper id no other test uses. */
  static String shipperId() {
    return "CX-" + Long.toString(System.nanoTime(), 36) + "-" + SERIAL.getAndIncrement();
  }

  ResultActions book(UUID caseId, String user, Map<String, Object> body) throws Exception {
    return mvc.perform(
        post("/api/v1/cases/" + caseId + "/shipments")
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  static Map<String, Object> leg(String leg, String shipperId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("leg", leg);
    body.put("shipperId", shipperId);
    body.put("loggerSerial", "LOG-" + shipperId);
    return body;
  }

  /** Books a leg as the coordinator and answers the shipment's id. */
  UUID booked(UUID caseId, Map<String, Object> body) throws Exception {
    return UUID.fromString(
        read(book(caseId, "coordinator", body).andExpect(status().isCreated()))
            .get("id")
            .asString());
  }

  /** The outbound leg with the cells cryopreserved in LN₂ vapour: held to -150 °C. */
  UUID bookedCryoOutbound(UUID caseId) throws Exception {
    Map<String, Object> body = leg("TO_MANUFACTURER", shipperId());
    body.put("packaging", "LN2_VAPOUR_DRY_SHIPPER");
    return booked(caseId, body);
  }

  ResultActions upload(UUID shipmentId, String user, String file) throws Exception {
    return mvc.perform(
        post("/api/v1/shipments/" + shipmentId + "/readings")
            .with(httpBasic(user, user))
            .contentType(file.endsWith(".json") ? MediaType.APPLICATION_JSON_VALUE : "text/csv")
            .content(LoggerFiles.read(file)));
  }

  ResultActions uploadText(UUID shipmentId, String user, String contentType, String text)
      throws Exception {
    return mvc.perform(
        post("/api/v1/shipments/" + shipmentId + "/readings")
            .with(httpBasic(user, user))
            .contentType(contentType)
            .content(text));
  }

  ResultActions uploadMultipart(UUID shipmentId, String user, String file) throws Exception {
    MockMultipartFile part =
        new MockMultipartFile(
            "file",
            file,
            file.endsWith(".json") ? MediaType.APPLICATION_JSON_VALUE : "text/csv",
            LoggerFiles.read(file).getBytes(StandardCharsets.UTF_8));
    return mvc.perform(
        multipart("/api/v1/shipments/" + shipmentId + "/readings")
            .file(part)
            .with(httpBasic(user, user)));
  }

  ResultActions shipment(UUID shipmentId, String user) throws Exception {
    return mvc.perform(get("/api/v1/shipments/" + shipmentId).with(httpBasic(user, user)));
  }

  JsonNode alerts(UUID caseId, String user) throws Exception {
    return read(
        mvc.perform(
                get("/api/v1/alerts")
                    .param("caseId", caseId.toString())
                    .param("includeAcknowledged", "true")
                    .with(httpBasic(user, user)))
            .andExpect(status().isOk()));
  }

  /** Signs a custody event on the case with a unit of its own. */
  ResultActions sign(UUID caseId, String user, String step, String siteId, String din)
      throws Exception {
    return sign(caseId, user, step, siteId, din, Instant.now().minus(1, ChronoUnit.MINUTES));
  }

  /** Signs a custody event whose device time is {@code at}, as a tablet that was offline does. */
  ResultActions sign(UUID caseId, String user, String step, String siteId, String din, Instant at)
      throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("eventId", UUID.randomUUID().toString());
    body.put("step", step);
    body.put("siteId", siteId);
    body.put("units", List.of("=" + din + "00"));
    body.put("deviceTime", at.toString());
    body.put("condition", "INTACT");
    body.put("signature", Map.of("password", user));
    return mvc.perform(
        post("/api/v1/cases/" + caseId + "/custody")
            .with(httpBasic(user, user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }
}
