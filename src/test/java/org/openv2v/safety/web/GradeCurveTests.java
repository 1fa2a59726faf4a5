package org.openv2v.safety.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openv2v.charts.Chart;
import org.openv2v.charts.Drawing;

class GradeCurveTests {

  private static final Instant INFUSED = Instant.parse("2026-03-01T01:00:00Z");

  static final GradeCurve.Words WORDS =
      new GradeCurve.Words() {
        @Override
        public String title() {
          return "CRS and ICANS grade by day since infusion";
        }

        @Override
        public String days() {
          return "day since infusion";
        }

        @Override
        public String grade() {
          return "grade";
        }

        @Override
        public String point(String kind, double day, int grade) {
          return String.format(Locale.ROOT, "%s day %.1f: grade %d", kind, day, grade);
        }
      };

  private static Instant day(double days) {
    return INFUSED.plus((long) (days * 24 * 60), ChronoUnit.MINUTES);
  }

  private static Chart curve(List<GradeCurve.Mark> crs, List<GradeCurve.Mark> icans) {
    return GradeCurve.of(
        INFUSED,
        List.of(new GradeCurve.Line("CRS", crs), new GradeCurve.Line("ICANS", icans)),
        WORDS,
        Locale.ENGLISH);
  }

  @Test
  void should_draw_a_step_line_that_holds_each_grade_until_the_next_assessment() {
    Chart chart =
        curve(
            List.of(
                new GradeCurve.Mark(day(3), 2),
                new GradeCurve.Mark(day(1), 1),
                new GradeCurve.Mark(day(5), 0)),
            List.of());
    assertThat(chart.series().get(0).y()).containsExactly(1, 2, 0);
    Drawing d = chart.drawing();
    Drawing.Box box = d.plot();
    double x1 = box.left() + box.width() * 1 / 14;
    double x3 = box.left() + box.width() * 3 / 14;
    double y1 = box.bottom() - box.height() * 1 / 5;
    double y2 = box.bottom() - box.height() * 2 / 5;
    assertThat(d.lines().get(0).d())
        .startsWith("M" + Math.round(x1 * 10) / 10.0 + " " + Math.round(y1 * 10) / 10.0)
        .contains(" H" + Math.round(x3 * 10) / 10.0 + " V" + Math.round(y2 * 10) / 10.0);
    assertThat(d.dots())
        .extracting(Drawing.Dot::note)
        .containsExactly("CRS day 1.0: grade 1", "CRS day 3.0: grade 2", "CRS day 5.0: grade 0");
    assertThat(d.xTicks()).last().extracting(Drawing.Tick::label).isEqualTo("14");
  }

  @Test
  void should_put_grade_zero_at_the_bottom_and_five_at_the_top() {
    Drawing d =
        curve(List.of(new GradeCurve.Mark(day(0), 0)), List.of(new GradeCurve.Mark(day(2), 5)))
            .drawing();
    assertThat(d.dots().get(0).cy()).isCloseTo(d.plot().bottom(), within(0.1));
    assertThat(d.dots().get(0).cx()).isCloseTo(d.plot().left(), within(0.1));
    assertThat(d.dots().get(1).cy()).isCloseTo(d.plot().top(), within(0.1));
  }

  @Test
  void should_widen_the_day_axis_to_the_last_assessment_and_leave_out_those_before_infusion() {
    Chart chart =
        curve(List.of(new GradeCurve.Mark(day(-1), 1)), List.of(new GradeCurve.Mark(day(40.5), 1)));

    assertThat(chart.series().get(0).y()).isEmpty();
    assertThat(chart.x().max()).isEqualTo(42);
    Drawing d = chart.drawing();
    assertThat(d.lines()).extracting(Drawing.Stroke::name).containsExactly("ICANS");
    assertThat(d.xTicks()).hasSizeLessThanOrEqualTo(11);
    assertThat(d.yTicks())
        .extracting(Drawing.Tick::label)
        .containsExactly("0", "1", "2", "3", "4", "5");
    assertThat(d.legend()).extracting(Drawing.LegendItem::label).containsExactly("CRS", "ICANS");
    assertThat(chart.empty()).isFalse();
    assertThat(curve(List.of(), List.of()).empty()).isTrue();
  }
}
