package org.openv2v.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The follow-up schedule's exact dates, by label era (clinical-rules §5, §9; korea-and-seed). */
class FollowUpPlanTests {

  @ParameterizedTest(name = "{0} infused {1}: proximity to {2}, driving to {3}")
  @CsvSource({
    "BY_INFUSION_DATE, 2025-03-01, 2025-03-29, 2025-04-26, 2025-03-29",
    "BY_INFUSION_DATE, 2025-06-25, 2025-07-23, 2025-08-20, 2025-07-23",
    "BY_INFUSION_DATE, 2025-06-26, 2025-07-10, 2025-07-10, 2025-07-10",
    "BY_INFUSION_DATE, 2025-08-01, 2025-08-15, 2025-08-15, 2025-08-15",
    "REMS_2017,        2025-08-01, 2025-08-29, 2025-09-26, 2025-08-29",
    "POST_REMS_2025,   2025-03-01, 2025-03-15, 2025-03-15, 2025-03-15",
  })
  void should_set_the_periods_by_label_era(
      RulesEra era,
      LocalDate infused,
      LocalDate proximity,
      LocalDate driving,
      LocalDate monitoring) {
    List<FollowUpItem> items = FollowUpPlan.schedule(infused, "DLBCL", era);
    assertThat(due(items, FollowUpKind.STAY_NEAR_CENTRE)).containsExactly(proximity);
    assertThat(due(items, FollowUpKind.NO_DRIVING)).containsExactly(driving);
    assertThat(due(items, FollowUpKind.MONITORING_ENDS)).containsExactly(monitoring);
  }

  @Test
  void should_give_the_exact_dates_for_an_infusion_on_2026_01_31() {
    List<FollowUpItem> items =
        FollowUpPlan.schedule(LocalDate.of(2026, 1, 31), "DLBCL", RulesEra.REMS_2017);
    assertThat(due(items, FollowUpKind.DAILY_CHECK))
        .containsExactly(
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 2, 2),
            LocalDate.of(2026, 2, 3),
            LocalDate.of(2026, 2, 4),
            LocalDate.of(2026, 2, 5),
            LocalDate.of(2026, 2, 6),
            LocalDate.of(2026, 2, 7));
    assertThat(due(items, FollowUpKind.DAY_14_REVIEW)).containsExactly(LocalDate.of(2026, 2, 14));
    assertThat(due(items, FollowUpKind.DAY_28_RESPONSE)).containsExactly(LocalDate.of(2026, 2, 28));
    assertThat(due(items, FollowUpKind.DAY_90_RESPONSE)).containsExactly(LocalDate.of(2026, 5, 1));
    assertThat(due(items, FollowUpKind.MONTH_6_VISIT)).containsExactly(LocalDate.of(2026, 7, 31));
    assertThat(due(items, FollowUpKind.MONTH_12_VISIT)).containsExactly(LocalDate.of(2027, 1, 31));
    assertThat(due(items, FollowUpKind.HIRA_OUTCOME_6_MONTHS))
        .containsExactly(LocalDate.of(2026, 7, 31));
    assertThat(items.stream().filter(i -> i.kind() == FollowUpKind.HIRA_OUTCOME_6_MONTHS))
        .extracting(FollowUpItem::windowOpens)
        .containsExactly(LocalDate.of(2026, 6, 30));
    assertThat(due(items, FollowUpKind.HIRA_OUTCOME_12_MONTHS))
        .containsExactly(LocalDate.of(2027, 1, 31));
    List<LocalDate> yearly = due(items, FollowUpKind.YEARLY_FOLLOW_UP);
    assertThat(yearly).hasSize(14);
    assertThat(yearly.get(0)).isEqualTo(LocalDate.of(2028, 1, 31));
    assertThat(yearly.get(13)).isEqualTo(LocalDate.of(2041, 1, 31));
  }

  @Test
  void should_clamp_a_month_end_and_a_leap_day() {
    List<FollowUpItem> items =
        FollowUpPlan.schedule(LocalDate.of(2028, 2, 29), "MM", RulesEra.REMS_2017);
    assertThat(due(items, FollowUpKind.MONTH_6_VISIT)).containsExactly(LocalDate.of(2028, 8, 29));
    assertThat(due(items, FollowUpKind.YEARLY_FOLLOW_UP).get(0))
        .isEqualTo(LocalDate.of(2030, 2, 28));
  }

  @Test
  void should_plan_hira_reports_for_lymphoma_only() {
    assertThat(FollowUpPlan.schedule(LocalDate.of(2026, 1, 1), "MM", RulesEra.REMS_2017))
        .noneMatch(item -> item.kind().name().startsWith("HIRA"));
    assertThat(FollowUpPlan.schedule(LocalDate.of(2026, 1, 1), "B-ALL", RulesEra.REMS_2017))
        .noneMatch(item -> item.kind().name().startsWith("HIRA"));
    assertThat(FollowUpPlan.schedule(LocalDate.of(2026, 1, 1), "FL", RulesEra.REMS_2017))
        .filteredOn(item -> item.kind().name().startsWith("HIRA"))
        .hasSize(2);
  }

  @Test
  void should_flag_non_response_as_refund_eligible() {
    assertThat(OutcomeResponse.NO_METABOLIC_RESPONSE.refundEligible()).isTrue();
    assertThat(OutcomeResponse.PROGRESSIVE_METABOLIC_DISEASE.refundEligible()).isTrue();
    assertThat(OutcomeResponse.PARTIAL_METABOLIC_RESPONSE.refundEligible()).isFalse();
    assertThat(OutcomeResponse.COMPLETE_METABOLIC_RESPONSE.refundEligible()).isFalse();
  }

  private static List<LocalDate> due(List<FollowUpItem> items, FollowUpKind kind) {
    return items.stream().filter(i -> i.kind() == kind).map(FollowUpItem::dueOn).toList();
  }
}
