package org.openv2v.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.security.NewUser;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The shipments panel of the case page: each leg with its plot, extremes and findings. */
@IntegrationTest
class ShipmentsPanelTests {

  static final String OUTSIDER = "panels-amc-coordinator";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired UserAccounts accounts;

  ShipmentFixture fixture;
  UUID caseId;

  @BeforeEach
  void openCase() throws Exception {
    fixture = new ShipmentFixture(mvc, json);
    caseId = fixture.openCase();
    accounts.createIfAbsent(
        new NewUser(
            OUTSIDER, "AMC Coordinator", Role.COORDINATOR, Set.of("KR-AMC"), OUTSIDER, false));
  }

  String panel(String user) throws Exception {
    return mvc.perform(get("/cases/" + caseId + "/shipments").with(httpBasic(user, user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void should_plot_each_legs_readings_against_the_limit_with_the_excursion_shaded()
      throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    fixture.upload(shipment, "courier", "brief-excursion.csv").andExpect(status().isOk());
    String shipper =
        fixture.read(fixture.shipment(shipment, "coordinator")).get("shipperId").asString();

    String html = panel("coordinator");

    assertThat(html)
        .contains("data-shipment=\"" + shipment + "\"", shipper, "LOG-" + shipper)
        .contains("<svg", "class=\"chart-line\"", "class=\"chart-reference\"")
        .contains("chart-shade chart-shade--alert")
        .contains("data-finding=\"BRIEF_EXCURSION\"", "Brief excursion")
        .contains("145 readings", "lowest −186 °C", "highest −148.7 °C")
        .contains("limit ≤ −150 °C");
  }

  @Test
  void should_say_so_when_nothing_is_booked_or_no_reading_came_yet() throws Exception {
    assertThat(panel("nurse")).contains("No courier leg is booked for this case yet.");
    fixture.bookedCryoOutbound(caseId);
    assertThat(panel("nurse"))
        .contains("The logger has reported no readings yet.")
        .doesNotContain("<svg");
  }

  @Test
  void should_show_couriers_and_manufacturers_the_din_and_shipment_never_the_patient()
      throws Exception {
    UUID shipment = fixture.bookedCryoOutbound(caseId);
    fixture.upload(shipment, "courier", "in-range.csv").andExpect(status().isOk());
    for (String user : new String[] {"courier", "manufacturer", "auditor"}) {
      assertThat(panel(user))
          .as(user)
          .contains("data-shipment=\"" + shipment + "\"", "<svg", "data-no-findings")
          .doesNotContain(ShipmentFixture.PATIENT);
    }
  }

  @Test
  void should_answer_404_to_a_user_of_another_site_and_403_to_a_planner() throws Exception {
    fixture.bookedCryoOutbound(caseId);
    mvc.perform(get("/cases/" + caseId + "/shipments").with(httpBasic(OUTSIDER, OUTSIDER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/cases/" + caseId + "/shipments").with(httpBasic("planner", "planner")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/cases/not-a-case/shipments").with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isNotFound());
  }
}
