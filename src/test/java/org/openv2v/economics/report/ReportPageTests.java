package org.openv2v.economics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openv2v.economics.scenario.Analysis;
import org.openv2v.economics.scenario.BuiltInModels;
import org.openv2v.economics.scenario.Scenario;

/** report.html as a health economist reads it: labelled, sourced, every plot, in both languages. */
class ReportPageTests {

  static Analysis korea;
  static String english;
  static String korean;

  @BeforeAll
  static void render() {
    korea =
        Analysis.run(
            new Scenario(BuiltInModels.load("korea-tisacel-dlbcl"), Optional.empty()),
            200,
            1,
            p -> {});
    english = ReportPage.render(korea, Locale.ENGLISH);
    korean = ReportPage.render(korea, Locale.KOREAN);
  }

  @Test
  void should_draw_every_plot_with_the_shared_chart_component() {
    // Survival, CE plane, CEAC, EVPI, tornado, budget.
    assertThat(english.split("<svg", -1)).hasSize(7);
    assertThat(english)
        .contains(
            "Survival of treated patients",
            "Cost-effectiveness plane",
            "Cost-effectiveness acceptability curve",
            "One-way sensitivity (tornado)",
            "Budget impact, net of the comparator");
    assertThat(english).contains("role=\"img\"").doesNotContain("<script");
  }

  @Test
  void its_section_alone_is_the_report_below_its_heading_for_a_page_to_show_inside_itself() {
    String section = ReportPage.section(korea, Locale.KOREAN);
    assertThat(section)
        .startsWith("<div class=\"econ-report__section\">")
        .doesNotContain("<html", "<head", "<body", "<h1");
    // Every plot of the whole report, with the chart styles they need.
    assertThat(section.split("<svg", -1)).hasSize(7);
    assertThat(section).contains("svg.chart{");
    assertThat(korean).contains("<div class=\"econ-report__section\">", "<h2>결과</h2>");
  }

  @Test
  void should_draw_the_calibration_targets_over_the_survival_curves() {
    assertThat(english).contains("Published targets", "DRST 12-month OS 52%");
  }

  @Test
  void should_mark_the_threshold_on_the_acceptability_curve() {
    assertThat(english).contains("Threshold 50,000,000");
  }

  @Test
  void should_label_inputs_for_a_reader_not_by_their_path_in_the_model_file() {
    assertThat(english)
        .contains(
            "Tisagenlecleucel · Pre-infusion work-up and monitoring to day 28 · cost",
            // A HIRA unit cost shared through the unit-cost file is named once, by its entry.
            "Fee: infusion (unit cost)",
            "Payer · refund · refunded share at 6 months")
        .doesNotContain("arms[0]", "pathway[", "payer.refund.");
  }

  @Test
  void should_state_the_budget_perspective_and_count_it_net_of_the_comparator() {
    assertThat(english)
        .contains("Perspective: the health-care payer", "Comparator only", "Net budget impact");
  }

  @Test
  void should_write_no_negative_zero_or_scientific_notation() {
    assertThat(english)
        .doesNotContainPattern("[0-9]E[+-]?[0-9]")
        .doesNotContain(">-0<", ">−0<", "NaN");
    assertThat(english).doesNotContainPattern("\\de[+-]\\d");
  }

  @Test
  void should_render_in_korean_from_the_bundle() {
    assertThat(korean)
        .contains("lang=\"ko\"", "치료 환자의 생존", "비용효과 평면", "재정 영향, 비교군 대비 순증", "입력값과 출처")
        .doesNotContain("??", "Survival of treated patients", "Net budget impact");
  }
}
