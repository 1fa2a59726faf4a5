package org.openv2v.safety.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openv2v.charts.Axis;
import org.openv2v.charts.Chart;
import org.openv2v.charts.Series;

/**
 * CRS and ICANS grades since infusion as a {@link Chart}: days since infusion across, grade 0–5 up,
 * each series a step line (a grade holds until the next assessment changes it) with a dot per
 * assessment. The day axis shows at least two weeks and reaches a day past the last assessment.
 */
final class GradeCurve {

  static final int MAX_GRADE = 5;
  static final int MIN_DAYS = 14;

  private GradeCurve() {}

  /** A graded assessment: when, and its grade. */
  record Mark(Instant at, int grade) {}

  /** One series: its name (CRS, ICANS) and its graded assessments in any order. */
  record Line(String kind, List<Mark> marks) {}

  /** The words of the chart in the reader's language. */
  interface Words {
    String title();

    String days();

    String grade();

    /** What a point says: "CRS day 2.0: grade 1". */
    String point(String kind, double day, int grade);
  }

  static Chart of(Instant infusedAt, List<Line> lines, Words words, Locale locale) {
    double maxDay = MIN_DAYS;
    for (Line line : lines) {
      for (Mark mark : line.marks()) {
        maxDay = Math.max(maxDay, Math.ceil(days(infusedAt, mark.at())) + 1);
      }
    }
    Chart.Builder chart =
        Chart.builder(words.title(), locale)
            .size(Chart.DEFAULT_WIDTH, 260)
            .x(Axis.numbers(words.days(), "").range(0, maxDay))
            .y(Axis.numbers(words.grade(), "").range(0, MAX_GRADE).decimals(0));
    for (Line line : lines) {
      List<Mark> since =
          line.marks().stream()
              .filter(mark -> !mark.at().isBefore(infusedAt))
              .sorted(Comparator.comparing(Mark::at))
              .toList();
      double[] x = new double[since.size()];
      double[] y = new double[since.size()];
      List<String> notes = new ArrayList<>();
      for (int i = 0; i < since.size(); i++) {
        x[i] = days(infusedAt, since.get(i).at());
        y[i] = since.get(i).grade();
        notes.add(words.point(line.kind(), x[i], since.get(i).grade()));
      }
      chart.series(Series.step(line.kind(), x, y).withMarkers().withNotes(notes));
    }
    return chart.build();
  }

  static double days(Instant from, Instant to) {
    return Duration.between(from, to).toMinutes() / (24.0 * 60);
  }
}
