package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openv2v.web.MachineWords.Finding;
import org.openv2v.web.MachineWords.Kind;

/** What the machine-word finder flags, and the words people read that it leaves alone. */
class MachineWordsTests {

  private static List<Kind> kinds(String text, boolean korean) {
    return MachineWords.in(text, korean).stream().map(Finding::kind).toList();
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Shipment TO_TREATMENT_CENTRE is on its way | ENUM_NAME",
        "State: IN_MANUFACTURING | ENUM_NAME",
        "Any SHOUTED_NAME_2 shown | ENUM_NAME",
        "Bedside check: MATCH | ENUM_NAME",
        "The case is now MONITORING | ENUM_NAME",
        "Withdrawn (PROGRESSION) | ENUM_NAME",
        "Case 3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b opened | UUID",
        "Received 2026-12-03T14:05:00Z | ISO_TIMESTAMP",
        "Received 2026-12-03T14:05 | ISO_TIMESTAMP",
        "at 14:05:07.123456 | ISO_TIMESTAMP",
        "at 2026-12-03 14:05:07.12 | ISO_TIMESTAMP",
        "at 14:05Z | ISO_TIMESTAMP",
        "at 14:05:00+00:00 | ISO_TIMESTAMP",
        "Ships to KR-SNUH tomorrow | SITE_ID",
        "Collected at KR-SEVERANCE | SITE_ID",
        "Bag =A99992600000100 scanned | RAW_BARCODE",
        "DIN A999926000001 | RAW_BARCODE",
      })
  void flags_machine_words_in_english(String text, Kind expected) {
    assertThat(kinds(text, false)).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Shipment to the treatment centre is on its way",
        "Grade 2 CRS and ICANS grade 1; ICE score 8",
        "DIN A9999 26 000001 K on the bag; MRN 12345678",
        "Received 3 Dec 2026, 14:05",
        "Lymphodepletion from 2026-12-03",
        "Kymriah (tisagenlecleucel), 0.6 to 6.0 × 10^8 cells",
        "Match: the bag is the patient's",
        "Seoul National University Hospital, ICU and FACT accredited",
        "CAR-T cell therapy at 2-8 °C, 250 mL",
      })
  void leaves_the_words_people_read_in_english_alone(String text) {
    assertThat(MachineWords.in(text, false)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "운송 중: Shipment to treatment centre",
        "서울대학교병원 Seoul National University Hospital",
        "상태 Awaiting release",
        "다음 할 일: book the slot",
      })
  void flags_runs_of_english_words_on_a_korean_page(String text) {
    assertThat(kinds(text, true)).contains(Kind.ENGLISH_ON_KOREAN_PAGE);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "2026년 12월 3일 14:05 서울대학교병원에서 수령",
        "Kymriah (tisagenlecleucel) 제조 중",
        "Carvykti ciltacabtagene autoleucel, Janssen (with Legend Biotech)",
        "CRS 2등급, ICANS 1등급, ICE 점수 8",
        "DIN A9999 26 000001 K, 혈액형 검사",
        "주입량 250 mL, 체중 70 kg",
        "tisa-cel 환자 1명",
        "영어 한 단어 Home 은 허용",
      })
  void leaves_korean_text_with_names_units_and_abbreviations_alone(String text) {
    assertThat(MachineWords.in(text, true)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {"코디네이터 Kim Minji 로그인 | Kim Minji", "간호사 nurse coordinator | nurse coordinator"})
  void proper_names_given_by_the_test_are_allowed_on_a_korean_page(String text, String names) {
    assertThat(MachineWords.in(text, true)).isNotEmpty();
    assertThat(MachineWords.in(text, true, List.of(names))).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"English words in English are fine", "Awaiting release since 3 Dec"})
  void english_runs_are_only_flagged_on_korean_pages(String text) {
    assertThat(MachineWords.in(text, false)).isEmpty();
    assertThat(kinds(text, true)).contains(Kind.ENGLISH_ON_KOREAN_PAGE);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {"Bedside check: MATCH | MATCH"})
  void a_finding_names_the_word_and_where_it_stands(String text, String word) {
    Finding finding = MachineWords.in(text, false).get(0);
    assertThat(finding.word()).isEqualTo(word);
    assertThat(finding.toString()).contains("Bedside check");
  }

  /**
   * Only the enums listed as never shown are let through: a chart's drawing codes (LINE, NEUTRAL)
   * are, a chart's other words or any other enum's (MONITORING, WITHDRAWN) are still found.
   */
  @ParameterizedTest(name = "{0}: found={1}")
  @CsvSource({"LINE,false", "STEP,false", "NEUTRAL,false", "MONITORING,true", "WITHDRAWN,true"})
  void enums_never_shown_are_named_one_by_one(String word, boolean found) {
    assertThat(MachineWords.in("Status " + word + " today", false).isEmpty()).isEqualTo(!found);
  }
}
