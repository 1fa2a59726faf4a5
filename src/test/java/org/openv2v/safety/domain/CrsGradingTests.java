package org.openv2v.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.shared.Refusal;

/** The published ASTCT CRS vectors TV-CRS-01..17 of clinical-rules §1.1, and the boundaries. */
class CrsGradingTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // id, temp, otherCause, priorCrs, antipyretic, hypotension, vasopressinOnly, oxygen, flow,
    // death, grade
    "TV-CRS-01 37.9 nothing else,           37.9, false, false, false, NONE,                  false, NONE,                    ,  false, 0",
    "TV-CRS-02 38.0 nothing else,           38.0, false, false, false, NONE,                  false, NONE,                    ,  false, 1",
    "TV-CRS-03 fluids only,                 39.2, false, false, false, FLUIDS_ONLY,           false, NONE,                    ,  false, 2",
    "TV-CRS-04 nasal cannula 6 L/min,       38.5, false, false, false, NONE,                  false, LOW_FLOW_NASAL_CANNULA,  6, false, 2",
    "TV-CRS-05 nasal cannula 7 L/min,       38.5, false, false, false, NONE,                  false, LOW_FLOW_NASAL_CANNULA,  7, false, 3",
    "TV-CRS-05 as high-flow 7 L/min,        38.5, false, false, false, NONE,                  false, HIGH_FLOW_NASAL_CANNULA, 7, false, 3",
    "TV-CRS-06 blow-by,                     38.5, false, false, false, NONE,                  false, BLOW_BY,                 ,  false, 2",
    "TV-CRS-07 facemask any flow,           38.5, false, false, false, NONE,                  false, FACEMASK,                ,  false, 3",
    "TV-CRS-08 one pressor + low-flow,      39.5, false, false, false, ONE_VASOPRESSOR,       false, LOW_FLOW_NASAL_CANNULA,  2, false, 3",
    "TV-CRS-09 norepinephrine+vasopressin,  38.8, false, false, false, MULTIPLE_VASOPRESSORS, true,  NONE,                    ,  false, 3",
    "TV-CRS-10 norepinephrine+phenylephrine,38.8, false, false, false, MULTIPLE_VASOPRESSORS, false, NONE,                    ,  false, 4",
    "TV-CRS-11 BiPAP,                       38.1, false, false, false, NONE,                  false, BIPAP,                   ,  false, 4",
    "TV-CRS-12 afebrile after tocilizumab,  37.2, false, true,  true,  NONE,                  false, NON_REBREATHER,          ,  false, 3",
    "TV-CRS-13 masked no findings default,  36.8, false, true,  true,  NONE,                  false, NONE,                    ,  false, 0",
    "TV-CRS-14 fever from line infection,   38.6, true,  false, false, NONE,                  false, NONE,                    ,  false, 0",
    "TV-CRS-15 afebrile on norepinephrine,  36.9, false, false, false, ONE_VASOPRESSOR,       false, NONE,                    ,  false, 0",
    "TV-CRS-16 fever + transaminitis,       38.0, false, false, false, NONE,                  false, NONE,                    ,  false, 1",
    "TV-CRS-17 death,                       38.0, false, false, false, NONE,                  false, NONE,                    ,  true,  5",
    "high-flow cannula 6 L/min is low-flow, 38.5, false, false, false, NONE,                  false, HIGH_FLOW_NASAL_CANNULA, 6, false, 2",
    "high-flow cannula without flow,        38.5, false, false, false, NONE,                  false, HIGH_FLOW_NASAL_CANNULA, ,  false, 3",
    "Venturi,                               38.5, false, false, false, NONE,                  false, VENTURI,                 ,  false, 3",
    "CPAP,                                  38.5, false, false, false, NONE,                  false, CPAP,                    ,  false, 4",
    "ventilated,                            38.5, false, false, false, NONE,                  false, MECHANICAL_VENTILATION,  ,  false, 4",
    "vasopressin with one pressor,          38.5, false, false, false, ONE_VASOPRESSOR,       true,  NONE,                    ,  false, 3",
    "masked fever fluids only,              37.0, false, true,  true,  FLUIDS_ONLY,           false, NONE,                    ,  false, 2",
    "prior CRS no antipyretic afebrile,     37.0, false, true,  false, FLUIDS_ONLY,           false, NONE,                    ,  false, 0",
    "antipyretic without prior CRS,         37.0, false, false, true,  FLUIDS_ONLY,           false, NONE,                    ,  false, 0",
    "37.99 is not fever,                    37.99,false, false, false, NONE,                  false, NONE,                    ,  false, 0",
    "6.01 L/min is high-flow,               38.5, false, false, false, NONE,                  false, LOW_FLOW_NASAL_CANNULA,  6.01, false, 3",
  })
  void should_grade_the_published_vectors(
      String id,
      double temperature,
      boolean otherCause,
      boolean prior,
      boolean antipyretic,
      Hypotension hypotension,
      boolean vasopressin,
      OxygenSupport oxygen,
      Double flow,
      boolean death,
      int expected) {
    Grade grade =
        CrsGrading.grade(
            new CrsFindings(
                temperature,
                otherCause,
                prior,
                antipyretic,
                hypotension,
                vasopressin,
                oxygen,
                Optional.ofNullable(flow),
                death),
            RuleSettings.defaults());
    assertThat(grade.value()).as(String.join("; ", grade.reasons())).isEqualTo(expected);
    assertThat(grade.system()).isEqualTo("ASTCT-2019");
    assertThat(grade.reasons()).isNotEmpty();
  }

  @Test
  void should_grade_masked_fever_without_findings_as_configured() {
    CrsFindings masked =
        new CrsFindings(
            36.8,
            false,
            true,
            true,
            Hypotension.NONE,
            false,
            OxygenSupport.NONE,
            Optional.empty(),
            false);
    assertThat(CrsGrading.grade(masked, RuleSettings.defaults()).value()).isZero();
    assertThat(
            CrsGrading.grade(masked, RuleSettings.defaults().withMaskedFeverNoFindingsGrade(1))
                .value())
        .isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "negative flow,             38.5, NONE,        false, LOW_FLOW_NASAL_CANNULA, -1,  oxygenFlowLpm",
    "flow without oxygen,       38.5, NONE,        false, NONE,                   4,   oxygenFlowLpm",
    "vasopressin without pressor,38.5, FLUIDS_ONLY, true,  NONE,                   ,    vasopressinOnlyAdded",
    "temperature impossible,    50,   NONE,        false, NONE,                   ,    temperatureC",
  })
  void should_refuse_contradictory_or_out_of_range_input_naming_the_field(
      String name,
      double temperature,
      Hypotension hypotension,
      boolean vasopressin,
      OxygenSupport oxygen,
      Double flow,
      String field) {
    assertThatThrownBy(
            () ->
                CrsGrading.grade(
                    new CrsFindings(
                        temperature,
                        false,
                        false,
                        false,
                        hypotension,
                        vasopressin,
                        oxygen,
                        Optional.ofNullable(flow),
                        false),
                    RuleSettings.defaults()))
        .isInstanceOfSatisfying(
            Refusal.class,
            refusal -> assertThat(refusal.fieldProblems().get(0).field()).isEqualTo(field));
  }
}
