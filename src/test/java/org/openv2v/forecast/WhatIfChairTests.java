package org.openv2v.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What if a treatment centre opens infusion chairs: never fewer infusions, never more losses. */
@IntegrationTest
class WhatIfChairTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired WhatIfs whatIfs;

  private static String monday() {
    return LocalDate.now(ZoneId.of("Asia/Seoul"))
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .toString();
  }

  private String chair(String centre, int chairs, int opened) {
    return """
        {"changes": [{"kind": "OPEN_CHAIR", "centreId": "%s", "chairs": %d, "units": %d,
          "weekStart": "%s"}], "days": 90}
        """
        .formatted(centre, chairs, opened, monday());
  }

  @Test
  void opening_chairs_at_a_centre_with_one_gives_no_fewer_infusions_and_no_more_losses()
      throws Exception {
    assertThat(whatIfs.centres()).contains("KR-SNUH");
    JsonNode answer =
        json.readTree(
            mvc.perform(
                    post("/api/v1/forecasts/what-if")
                        .with(httpBasic("coordinator", "coordinator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(chair("KR-SNUH", 1, 3)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(answer.get("infusionsDifference").get("mean").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(answer.get("lossesDifference").get("mean").asDouble()).isLessThanOrEqualTo(0);
    // One chair limits infusions at the centre: no more than without the limit (the live forecast)
    assertThat(answer.get("infusionsNow").get("mean").asDouble())
        .isLessThanOrEqualTo(answer.get("infusionsWithChanges").get("mean").asDouble());
  }

  @Test
  void refuses_a_centre_without_open_cases_and_chairs_out_of_range() throws Exception {
    for (String body :
        new String[] {
          chair("KR-NOWHERE", 2, 1),
          chair("KR-SNUH", 0, 1),
          chair("KR-SNUH", 2, 0),
          chair("KR-SNUH", 2, 51)
        }) {
      mvc.perform(
              post("/api/v1/forecasts/what-if")
                  .with(httpBasic("planner", "planner"))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body))
          .andExpect(status().isBadRequest());
    }
    mvc.perform(
            post("/api/v1/forecasts/what-if")
                .with(httpBasic("nurse", "nurse"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(chair("KR-SNUH", 2, 1)))
        .andExpect(status().isForbidden());
  }
}
