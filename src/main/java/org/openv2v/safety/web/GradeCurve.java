package org.openv2v.safety.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * CRS and ICANS grades since infusion as the geometry of an inline SVG: days since infusion on x,
 * grade 0–5 on y, each series a step line (a grade holds until the next assessment changes it).
 * Drawn on the server: no chart library, no script.
 */
record GradeCurve(
    int width, int height, List<Tick> xTicks, List<Tick> yTicks, List<Line> lines, double maxDay) {

  static final int WIDTH = 560;
  static final int HEIGHT = 200;
  static final int LEFT = 40;
  static final int RIGHT = 12;
  static final int TOP = 22;
  static final int BOTTOM = 30;
  static final int MAX_GRADE = 5;

  /** A graded assessment: when, and its grade. */
  record Mark(Instant at, int grade) {}

  record Tick(double at, String label) {}

  record Point(double x, double y, double day, int grade) {}

  /** One series: its name (CRS, ICANS), the step path and the points. */
  record Line(String kind, String path, List<Point> points) {}

  static GradeCurve of(Instant infusedAt, List<String> kinds, List<List<Mark>> marks) {
    double maxDay = 14;
    for (List<Mark> series : marks) {
      for (Mark mark : series) {
        maxDay = Math.max(maxDay, Math.ceil(days(infusedAt, mark.at())) + 1);
      }
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      lines.add(line(kinds.get(i), infusedAt, marks.get(i), maxDay));
    }
    return new GradeCurve(
        WIDTH, HEIGHT, dayTicks(maxDay), gradeTicks(), List.copyOf(lines), maxDay);
  }

  public boolean empty() {
    return lines.stream().allMatch(line -> line.points().isEmpty());
  }

  private static Line line(String kind, Instant infusedAt, List<Mark> marks, double maxDay) {
    List<Point> points =
        marks.stream()
            .filter(mark -> !mark.at().isBefore(infusedAt))
            .sorted(Comparator.comparing(Mark::at))
            .map(
                mark -> {
                  double day = days(infusedAt, mark.at());
                  return new Point(x(day, maxDay), y(mark.grade()), day, mark.grade());
                })
            .toList();
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      if (i == 0) {
        path.append("M").append(fmt(point.x())).append(' ').append(fmt(point.y()));
      } else {
        path.append(" H").append(fmt(point.x())).append(" V").append(fmt(point.y()));
      }
    }
    return new Line(kind, path.toString(), points);
  }

  private static double days(Instant from, Instant to) {
    return Duration.between(from, to).toMinutes() / (24.0 * 60);
  }

  static double x(double day, double maxDay) {
    return LEFT + (WIDTH - LEFT - RIGHT) * (day / maxDay);
  }

  static double y(int grade) {
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - grade / (double) MAX_GRADE);
  }

  private static List<Tick> dayTicks(double maxDay) {
    int step = 1;
    for (int candidate : new int[] {1, 2, 7, 14, 28, 90, 365, 730}) {
      step = candidate;
      if (maxDay / candidate <= 10) {
        break;
      }
    }
    List<Tick> ticks = new ArrayList<>();
    for (int day = 0; day <= maxDay; day += step) {
      ticks.add(new Tick(x(day, maxDay), Integer.toString(day)));
    }
    return ticks;
  }

  private static List<Tick> gradeTicks() {
    List<Tick> ticks = new ArrayList<>();
    for (int grade = 0; grade <= MAX_GRADE; grade++) {
      ticks.add(new Tick(y(grade), Integer.toString(grade)));
    }
    return ticks;
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
