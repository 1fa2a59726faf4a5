package org.openv2v.safety.web;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The calculators over HTTP: the issue's JSON contracts, and 400 naming the field. */
@IntegrationTest
class CalculatorApiTests {

  @Autowired MockMvc mvc;

  @Test
  void should_grade_crs_with_the_contract_of_the_issue() throws Exception {
    calc(
            "crs-grade",
            """
            {"temperatureC": 39.5, "feverOtherCause": false, "crsPreviouslyDiagnosed": false,
             "antipyreticOrAnticytokineGiven": false, "hypotension": "ONE_VASOPRESSOR",
             "vasopressinOnlyAdded": false, "oxygen": "LOW_FLOW_NASAL_CANNULA",
             "oxygenFlowLpm": 2, "deathDueToCrs": false}
            """)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.grade").value(3))
        .andExpect(jsonPath("$.system").value("ASTCT-2019"))
        .andExpect(jsonPath("$.reasons").isNotEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "negative flow | \"oxygen\": \"LOW_FLOW_NASAL_CANNULA\", \"oxygenFlowLpm\": -1, \"hypotension\": \"NONE\", \"vasopressinOnlyAdded\": false | oxygenFlowLpm",
        "null boolean | \"oxygen\": \"NONE\", \"hypotension\": \"NONE\", \"vasopressinOnlyAdded\": null | vasopressinOnlyAdded",
        "unknown oxygen | \"oxygen\": \"TENT\", \"hypotension\": \"NONE\", \"vasopressinOnlyAdded\": false | oxygen",
        "vasopressin without pressor | \"oxygen\": \"NONE\", \"hypotension\": \"NONE\", \"vasopressinOnlyAdded\": true | vasopressinOnlyAdded",
      })
  void should_refuse_invalid_crs_input_naming_the_field(String name, String part, String field)
      throws Exception {
    calc(
            "crs-grade",
            """
            {"temperatureC": 38.5, "feverOtherCause": false, "crsPreviouslyDiagnosed": false,
             "antipyreticOrAnticytokineGiven": false, "deathDueToCrs": false, %s}
            """
                .formatted(part))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value(field));
  }

  @Test
  void should_score_ice_and_refuse_orientation_5_or_both_forms() throws Exception {
    calc(
            "ice-score",
            """
            {"orientation": 3, "naming": 2, "commands": 1, "writing": 0, "attention": 1}
            """)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.score").value(7))
        .andExpect(jsonPath("$.unableToPerform").value(false));
    calc("ice-score", "{\"unableToPerform\": true}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unableToPerform").value(true))
        .andExpect(jsonPath("$.score").doesNotExist());
    calc(
            "ice-score",
            """
            {"orientation": 5, "naming": 3, "commands": 1, "writing": 1, "attention": 1}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("orientation"));
    calc(
            "ice-score",
            """
            {"orientation": 4, "naming": 3, "commands": 1, "writing": 1, "attention": 1,
             "unableToPerform": true}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("unableToPerform"));
    calc(
            "ice-score",
            """
            {"orientation": 3.5, "naming": 3, "commands": 1, "writing": 1, "attention": 1}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("orientation"));
  }

  @Test
  void should_grade_icans_for_a_child_with_capd_and_refuse_capd_for_an_adult() throws Exception {
    String body =
        """
        {"ageYears": %s, "iceScore": null, "iceUnableToPerform": false, "capdScore": 12,
         "consciousness": "AWAKENS_SPONTANEOUSLY", "consciousnessOtherCause": false,
         "seizure": "NONE", "motor": "NONE", "cerebralEdema": "NONE", "deathDueToIcans": false}
        """;
    calc("icans-grade", body.formatted(8))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.grade").value(3))
        .andExpect(jsonPath("$.system").value("ASTCT-2019"));
    calc("icans-grade", body.formatted(30))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("capdScore"))
        .andExpect(jsonPath("$.detail").value(containsString("developmentalDelay")));
  }

  @Test
  void should_compute_bsa_and_tocilizumab() throws Exception {
    calc("bsa", "{\"heightCm\": 170, \"weightKg\": 70, \"formula\": \"MOSTELLER\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.bsaM2").value(1.8181));
    calc("bsa", "{\"heightCm\": 170, \"weightKg\": 70, \"formula\": \"DUBOIS\"}")
        .andExpect(jsonPath("$.bsaM2").value(1.8097));
    calc("bsa", "{\"heightCm\": 170, \"weightKg\": -70, \"formula\": \"DUBOIS\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("weightKg"));
    calc("tocilizumab-dose", "{\"weightKg\": 29.9}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.doseMg").value(closeTo(358.8, 1e-9)))
        .andExpect(jsonPath("$.reasons").isNotEmpty());
    calc("tocilizumab-dose", "{\"weightKg\": 110}").andExpect(jsonPath("$.doseMg").value(800.0));
    calc(
            "tocilizumab-dose",
            """
            {"weightKg": 70, "previousDosesAt": ["2026-01-01T00:00:00Z"],
             "at": "2026-01-01T07:59:00Z"}
            """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("at"));
  }

  @Test
  void should_plan_lymphodepletion_and_refuse_where_fludarabine_must_not_be_given()
      throws Exception {
    calc(
            "lymphodepletion",
            """
            {"productCode": "cilta-cel", "indication": "MM", "heightCm": 170, "weightKg": 70,
             "crclMlMin": 41.3, "infusionDate": "2026-03-10"}
            """)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.doses[0].drug").value("FLUDARABINE"))
        .andExpect(jsonPath("$.doses[0].adjustedMgPerM2").value(24.0))
        .andExpect(jsonPath("$.doses[0].mgPerDay").value(43.6))
        .andExpect(jsonPath("$.schedule[0].day").value(-4))
        .andExpect(jsonPath("$.schedule[0].date").value("2026-03-06"));
    calc(
            "lymphodepletion",
            """
            {"productCode": "cilta-cel", "indication": "MM", "heightCm": 170, "weightKg": 50,
             "ageYears": 80, "sex": "FEMALE", "serumCreatinineMgDl": 1.5}
            """)
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.detail").value(containsString("Do not administer fludarabine")));
  }

  @Test
  void should_grade_icaht_hematotox_crcl_and_check_a_dose() throws Exception {
    calc(
            "icaht-grade",
            "{\"ancByDay\": [2000, 500, 500, 500, 500, 500, 500, 500, 501], \"lateAnc\": [450, 1300]}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.early.grade").value(2))
        .andExpect(jsonPath("$.late.grade").value(3));
    calc(
            "car-hematotox",
            """
            {"plateletsPerNl": 180, "ancPerUl": 1300, "hemoglobinGDl": 9.5, "crp": 35,
             "crpUnit": "MG_L", "ferritinNgMl": 700}
            """)
        .andExpect(jsonPath("$.score").value(2))
        .andExpect(jsonPath("$.risk").value("HIGH"));
    calc(
            "crcl",
            "{\"ageYears\": 60, \"weightKg\": 70, \"serumCreatinineMgDl\": 1.0, \"sex\": \"MALE\"}")
        .andExpect(jsonPath("$.crclMlMin").value(77.8));
    calc(
            "dose-check",
            """
            {"productCode": "cilta-cel", "indication": "MM", "weightKg": 80,
             "viableCarPositiveCells": 9.0e7}
            """)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.minCells").value(4.0e7))
        .andExpect(jsonPath("$.maxCells").value(8.0e7))
        .andExpect(jsonPath("$.withinSpecification").value(false));
  }

  @Test
  void should_keep_calculators_from_roles_outside_the_clinic() throws Exception {
    mvc.perform(
            post("/api/v1/calculators/tocilizumab-dose")
                .with(httpBasic("manufacturer", "manufacturer"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"weightKg\": 70}"))
        .andExpect(status().isForbidden());
  }

  private ResultActions calc(String name, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/calculators/" + name)
            .with(httpBasic("physician", "physician"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
