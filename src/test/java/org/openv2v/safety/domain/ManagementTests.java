package org.openv2v.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ASCO 2021 steps tied to each grade (clinical-rules §4.2–4.4). */
class ManagementTests {

  @ParameterizedTest(name = "CRS grade {0}: {1}")
  @CsvSource({
    "1, antipyretics",
    "2, Tocilizumab 8 mg/kg",
    "3, Dexamethasone 10 mg IV q6h",
    "4, Methylprednisolone 500 mg IV q12h",
  })
  void should_tie_crs_management_to_the_grade(int grade, String expected) {
    assertThat(String.join(" | ", Management.forCrs(grade))).contains(expected);
  }

  @ParameterizedTest(name = "ICANS grade {0}, CRS {1}: {2}")
  @CsvSource({
    "1, false, aspiration precautions",
    "1, true,  Tocilizumab 8 mg/kg",
    "2, false, dexamethasone 10 mg IV × 2 doses",
    "3, false, Dexamethasone 10 mg IV q6–12h",
    "3, true,  Tocilizumab as for grade 1",
  })
  void should_give_tocilizumab_for_icans_only_with_concurrent_crs(
      int grade, boolean crs, String expected) {
    assertThat(String.join(" | ", Management.forIcans(grade, crs))).contains(expected);
  }

  @ParameterizedTest(name = "ICANS grade {0} without CRS: no tocilizumab")
  @CsvSource({"1", "2", "3"})
  void should_not_suggest_tocilizumab_for_icans_alone(int grade) {
    assertThat(String.join(" | ", Management.forIcans(grade, false))).doesNotContain("Tocilizumab");
  }

  @ParameterizedTest(name = "grade 0 of {0}: nothing")
  @CsvSource({"CRS", "ICANS"})
  void should_suggest_nothing_at_grade_0(String kind) {
    assertThat(kind.equals("CRS") ? Management.forCrs(0) : Management.forIcans(0, true)).isEmpty();
  }
}
