package org.openv2v.bedside;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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
}
