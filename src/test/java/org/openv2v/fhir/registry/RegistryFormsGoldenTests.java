package org.openv2v.fhir.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each registry form of one fixed case, as JSON and CSV, equals its golden file in
 * src/test/resources/registry (checked by hand against the form's instructions).
 */
class RegistryFormsGoldenTests {

  /** A DLBCL patient given tisa-cel on 3 March 2026, grade 2 CRS and grade 1 ICANS. */
  static final RegistryFacts CASE =
      new RegistryFacts(
          "V2V-2026-00042",
          "A999926000042",
          LocalDate.of(1961, 5, 2),
          "FEMALE",
          new BigDecimal("64.5"),
          new BigDecimal("161"),
          "KR-SNUH",
          "tisa-cel",
          "Kymriah",
          "tisagenlecleucel",
          "Novartis",
          "CD19",
          "DLBCL",
          "Relapsed or refractory diffuse large B-cell lymphoma after two or more lines",
          "US-NVS-MP",
          Optional.of(LocalDate.of(2026, 1, 12)),
          Optional.of(LocalDate.of(2026, 2, 9)),
          Optional.of(LocalDate.of(2026, 3, 3)),
          List.of(1),
          Optional.of(LocalDate.of(2026, 2, 26)),
          Optional.of(LocalDate.of(2026, 2, 28)),
          Optional.of(
              new RegistryFacts.Toxicity(
                  LocalDate.of(2026, 3, 5), 2, Optional.of(LocalDate.of(2026, 3, 9)))),
          Optional.of(new RegistryFacts.Toxicity(LocalDate.of(2026, 3, 8), 1, Optional.empty())),
          List.of(
              new RegistryFacts.Response(LocalDate.of(2026, 3, 31), "PARTIAL_METABOLIC_RESPONSE"),
              new RegistryFacts.Response(LocalDate.of(2026, 7, 20), "COMPLETE_METABOLIC_RESPONSE")),
          false);

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of(RegistryForm.CIBMTR_4000, "infusion"),
        Arguments.of(RegistryForm.CIBMTR_4003, "infusion"),
        Arguments.of(RegistryForm.CIBMTR_4006, "infusion"),
        Arguments.of(RegistryForm.CIBMTR_4100, "day-100"),
        Arguments.of(RegistryForm.CIBMTR_4100, "month-6"),
        Arguments.of(RegistryForm.EBMT_CT_DAY_100, "day-100"),
        Arguments.of(RegistryForm.EBMT_CT_FOLLOW_UP, "year-1"),
        Arguments.of(RegistryForm.MFDS_LTFU, "year-1"),
        Arguments.of(RegistryForm.MFDS_LTFU, "year-2"),
        Arguments.of(RegistryForm.HIRA_OUTCOME, "month-6"),
        Arguments.of(RegistryForm.HIRA_OUTCOME, "month-12"));
  }

  static Stream<Arguments> koreanForms() {
    return Stream.of(
        Arguments.of(RegistryForm.MFDS_LTFU, "year-1"),
        Arguments.of(RegistryForm.HIRA_OUTCOME, "month-6"));
  }

  @ParameterizedTest(name = "{0} at {1} as a sheet")
  @MethodSource("koreanForms")
  void should_lay_the_korean_reports_out_as_their_golden_sheet(RegistryForm form, String timepoint)
      throws IOException {
    FilledForm filled = RegistryReports.one(CASE, form, timepoint).orElseThrow();
    String name = "/registry/" + form.slug() + "-" + timepoint + "-sheet.csv";
    assertThat(RegistryFiles.sheet(filled)).isEqualTo(golden(name));
  }

  @Test
  void should_judge_the_hira_outcome_by_the_last_response_of_the_period() {
    FilledForm six = RegistryReports.one(CASE, RegistryForm.HIRA_OUTCOME, "month-6").orElseThrow();
    FilledForm twelve =
        RegistryReports.one(CASE, RegistryForm.HIRA_OUTCOME, "month-12").orElseThrow();
    assertThat(six.dueOn()).isEqualTo(LocalDate.of(2026, 9, 3));
    assertThat(value(six, "hira.response")).isEqualTo("완전 대사 반응(CMR)");
    assertThat(value(six, "hira.assessmentDate")).isEqualTo("2026-07-20");
    assertThat(value(six, "hira.refundEligible")).isEqualTo("아니오");
    assertThat(value(six, "hira.crs")).startsWith("2등급");
    assertThat(twelve.missing()).contains("hira.response", "hira.refundEligible");
    assertThat(value(twelve, "hira.crs")).isEqualTo("없음");
    assertThat(six.missing()).contains("hira.residentNumber", "hira.survival");
  }

  @Test
  void should_plan_the_mfds_follow_up_yearly_for_15_years_and_hira_only_for_lymphoma() {
    List<FilledForm> mfds =
        RegistryReports.all(CASE).stream().filter(f -> f.form() == RegistryForm.MFDS_LTFU).toList();
    assertThat(mfds).hasSize(15);
    assertThat(mfds.get(14).dueOn()).isEqualTo(LocalDate.of(2041, 3, 3));
    assertThat(value(mfds.get(0), "mfds.crs")).startsWith("2등급");
    assertThat(value(mfds.get(1), "mfds.crs")).isEqualTo("없음");
    assertThat(mfds.get(0).missing()).contains("mfds.newMalignancy", "mfds.survival");
    RegistryFacts myeloma =
        new RegistryFacts(
            CASE.caseReference(),
            CASE.din(),
            CASE.birthDate(),
            CASE.sex(),
            CASE.weightKg(),
            CASE.heightCm(),
            CASE.treatmentCentreId(),
            "cilta-cel",
            "Carvykti",
            "ciltacabtagene",
            "Janssen",
            "BCMA",
            "MM",
            "Multiple myeloma",
            CASE.manufacturingSiteId(),
            CASE.apheresisOn(),
            CASE.releasedOn(),
            CASE.infusedOn(),
            CASE.productBags(),
            CASE.lymphodepletionStartedOn(),
            CASE.lymphodepletionFinishedOn(),
            CASE.crs(),
            CASE.icans(),
            List.of(),
            false);
    assertThat(RegistryReports.all(myeloma))
        .noneMatch(f -> f.form() == RegistryForm.HIRA_OUTCOME)
        .anyMatch(f -> f.form() == RegistryForm.MFDS_LTFU);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("forms")
  void should_fill_the_form_as_its_golden_file_says(RegistryForm form, String timepoint)
      throws IOException {
    FilledForm filled = RegistryReports.one(CASE, form, timepoint).orElseThrow();
    String name = "/registry/" + form.slug() + "-" + timepoint;
    assertThat(RegistryFiles.json(filled)).isEqualTo(golden(name + ".json"));
    assertThat(RegistryFiles.csv(filled)).isEqualTo(golden(name + ".csv"));
  }

  @Test
  void should_list_every_form_to_year_15_in_due_order_and_none_before_infusion() {
    List<FilledForm> all = RegistryReports.all(CASE);
    // 4000, 4003, 4006, then 4100 and EBMT at day 100, month 6 and years 1-15; MFDS years 1-15,
    // HIRA months 6 and 12.
    assertThat(all).hasSize(3 + 2 * 17 + 15 + 2);
    assertThat(all.get(all.size() - 1).dueOn()).isEqualTo(LocalDate.of(2041, 3, 3));
    assertThat(all).isSortedAccordingTo(java.util.Comparator.comparing(FilledForm::dueOn));
    RegistryFacts notYet =
        new RegistryFacts(
            CASE.caseReference(),
            CASE.din(),
            CASE.birthDate(),
            CASE.sex(),
            CASE.weightKg(),
            CASE.heightCm(),
            CASE.treatmentCentreId(),
            CASE.productCode(),
            CASE.productName(),
            CASE.genericName(),
            CASE.marketingHolder(),
            CASE.target(),
            CASE.indication(),
            CASE.indicationDescription(),
            CASE.manufacturingSiteId(),
            CASE.apheresisOn(),
            CASE.releasedOn(),
            Optional.empty(),
            CASE.productBags(),
            CASE.lymphodepletionStartedOn(),
            CASE.lymphodepletionFinishedOn(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            false);
    assertThat(RegistryReports.all(notYet)).isEmpty();
  }

  @Test
  void should_report_toxicity_only_in_the_period_of_its_onset() {
    FilledForm dayHundred =
        RegistryReports.one(CASE, RegistryForm.CIBMTR_4100, "day-100").orElseThrow();
    FilledForm monthSix =
        RegistryReports.one(CASE, RegistryForm.CIBMTR_4100, "month-6").orElseThrow();
    assertThat(value(dayHundred, "4100.crs")).isEqualTo("yes");
    assertThat(value(dayHundred, "4100.crsHighestGrade")).isEqualTo("2");
    assertThat(value(monthSix, "4100.crs")).isEqualTo("no");
    assertThat(dayHundred.missing()).contains("4100.icansResolvedOn", "4100.survivalStatus");
    assertThat(value(dayHundred, "4100.bestResponse")).isEqualTo("PARTIAL_METABOLIC_RESPONSE");
    assertThat(value(monthSix, "4100.bestResponse")).isEqualTo("COMPLETE_METABOLIC_RESPONSE");
  }

  private static String value(FilledForm form, String id) {
    return form.fields().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow()
        .value()
        .orElse("");
  }

  private static String golden(String path) throws IOException {
    try (InputStream in = RegistryFormsGoldenTests.class.getResourceAsStream(path)) {
      assertThat(in).as("golden file " + path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
