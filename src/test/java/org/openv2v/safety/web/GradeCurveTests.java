package org.openv2v.safety.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeCurveTests {

  private static final Instant INFUSED = Instant.parse("2026-03-01T01:00:00Z");

  private static Instant day(double days) {
    return INFUSED.plus((long) (days * 24 * 60), ChronoUnit.MINUTES);
  }

  @Test
  void should_draw_a_step_line_that_holds_each_grade_until_the_next_assessment() {
    GradeCurve curve =
        GradeCurve.of(
            INFUSED,
            List.of("CRS"),
            List.of(
                List.of(
                    new GradeCurve.Mark(day(3), 2),
                    new GradeCurve.Mark(day(1), 1),
                    new GradeCurve.Mark(day(5), 0))));

    GradeCurve.Line crs = curve.lines().get(0);
    assertThat(crs.points()).extracting(GradeCurve.Point::grade).containsExactly(1, 2, 0);
    String x1 = String.format(java.util.Locale.ROOT, "%.1f", GradeCurve.x(1, 14));
    String x3 = String.format(java.util.Locale.ROOT, "%.1f", GradeCurve.x(3, 14));
    assertThat(crs.path())
        .startsWith("M" + x1 + " " + String.format(java.util.Locale.ROOT, "%.1f", GradeCurve.y(1)))
        .contains(" H" + x3 + " V" + String.format(java.util.Locale.ROOT, "%.1f", GradeCurve.y(2)));
    assertThat(curve.maxDay()).isEqualTo(14);
  }

  @Test
  void should_put_grade_zero_at_the_bottom_and_five_at_the_top() {
    assertThat(GradeCurve.y(0)).isEqualTo(GradeCurve.HEIGHT - GradeCurve.BOTTOM);
    assertThat(GradeCurve.y(5)).isEqualTo(GradeCurve.TOP);
    assertThat(GradeCurve.x(0, 14)).isEqualTo(GradeCurve.LEFT);
  }

  @Test
  void should_widen_the_day_axis_to_the_last_assessment_and_leave_out_those_before_infusion() {
    GradeCurve curve =
        GradeCurve.of(
            INFUSED,
            List.of("CRS", "ICANS"),
            List.of(
                List.of(new GradeCurve.Mark(day(-1), 1)),
                List.of(new GradeCurve.Mark(day(40.5), 1))));

    assertThat(curve.lines().get(0).points()).isEmpty();
    assertThat(curve.lines().get(0).path()).isEmpty();
    assertThat(curve.maxDay()).isEqualTo(42);
    assertThat(curve.xTicks()).hasSizeLessThanOrEqualTo(11);
    assertThat(curve.yTicks())
        .extracting(GradeCurve.Tick::label)
        .containsExactly("0", "1", "2", "3", "4", "5");
    assertThat(curve.empty()).isFalse();
  }
}
