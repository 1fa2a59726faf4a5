package org.openv2v.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The marks of a laid-out chart, in pixels: shaded ranges, interval bands, bars and histograms,
 * lines, dots and reference rules. {@link Layout} decides the scales and the plot's box first.
 */
final class Marks {

  private static final double MIN_SHADE = 3;

  private final Chart chart;
  private final double xLow;
  private final double xHigh;
  private final double yLow;
  private final double yHigh;
  private final Drawing.Box box;

  Marks(Chart chart, double xLow, double xHigh, double yLow, double yHigh, Drawing.Box box) {
    this.chart = chart;
    this.xLow = xLow;
    this.xHigh = xHigh;
    this.yLow = yLow;
    this.yHigh = yHigh;
    this.box = box;
  }

  double px(double x) {
    return box.left() + (x - xLow) / (xHigh - xLow) * box.width();
  }

  double py(double y) {
    return box.bottom() - (y - yLow) / (yHigh - yLow) * box.height();
  }

  private double clampX(double x) {
    return Math.max(box.left(), Math.min(box.right(), x));
  }

  private double clampY(double y) {
    return Math.max(box.top(), Math.min(box.bottom(), y));
  }

  List<Drawing.Area> shades() {
    List<Drawing.Area> areas = new ArrayList<>();
    for (Shade s : chart.shades()) {
      double a;
      double b;
      if (s.vertical()) {
        a = clampX(px(Math.min(s.from(), s.to())));
        b = clampX(px(Math.max(s.from(), s.to())));
        double w = Math.max(MIN_SHADE, b - a);
        a = Math.min(a, box.right() - w);
        areas.add(
            new Drawing.Area(
                Layout.r(a),
                box.top(),
                Layout.r(w),
                Layout.r(box.height()),
                fill(s.tone()),
                tone(s),
                s.note()));
      } else {
        a = clampY(py(Math.max(s.from(), s.to())));
        b = clampY(py(Math.min(s.from(), s.to())));
        double h = Math.max(MIN_SHADE, b - a);
        areas.add(
            new Drawing.Area(
                box.left(),
                Layout.r(a),
                Layout.r(box.width()),
                Layout.r(h),
                fill(s.tone()),
                tone(s),
                s.note()));
      }
    }
    return areas;
  }

  private static String tone(Shade s) {
    return s.tone().name().toLowerCase(Locale.ROOT);
  }

  static String fill(Shade.Tone tone) {
    return switch (tone) {
      case ALERT -> "#f4a29a";
      case CAUTION -> "#e8c766";
      case NEUTRAL -> "#c8ced6";
    };
  }

  List<Drawing.Polygon> bands() {
    List<Drawing.Polygon> bands = new ArrayList<>();
    int index = 0;
    for (Series s : chart.series()) {
      int colour = index++;
      if (s.kind() != Series.Kind.BAND) {
        continue;
      }
      double[] x = s.x();
      double[] lo = s.y();
      double[] hi = s.upper();
      // One polygon per unbroken run of finite bounds.
      List<Integer> run = new ArrayList<>();
      for (int i = 0; i <= x.length; i++) {
        boolean ok =
            i < x.length
                && Double.isFinite(x[i])
                && Double.isFinite(lo[i])
                && Double.isFinite(hi[i]);
        if (ok) {
          run.add(i);
        } else if (!run.isEmpty()) {
          StringBuilder points = new StringBuilder();
          for (int k : run) {
            points.append(Layout.r(px(x[k]))).append(',').append(Layout.r(py(hi[k]))).append(' ');
          }
          for (int k = run.size() - 1; k >= 0; k--) {
            int j = run.get(k);
            points.append(Layout.r(px(x[j]))).append(',').append(Layout.r(py(lo[j]))).append(' ');
          }
          bands.add(
              new Drawing.Polygon(points.toString().strip(), Layout.colour(colour), s.name()));
          run.clear();
        }
      }
    }
    return bands;
  }

  static double barWidth(Chart chart, Series s) {
    if (chart.x().kind() == Axis.Kind.CATEGORIES) {
      return 0.7;
    }
    double[] x = Arrays.stream(s.x()).filter(Double::isFinite).sorted().distinct().toArray();
    double gap = Double.POSITIVE_INFINITY;
    for (int i = 1; i < x.length; i++) {
      gap = Math.min(gap, x[i] - x[i - 1]);
    }
    return Double.isFinite(gap) ? gap * 0.8 : 0.8;
  }

  List<Drawing.Bar> bars(DoubleFunction<String> xText, DoubleFunction<String> yText) {
    List<Drawing.Bar> bars = new ArrayList<>();
    List<Series> grouped =
        chart.series().stream().filter(s -> s.kind() == Series.Kind.BARS).toList();
    double base = py(Math.max(yLow, Math.min(yHigh, 0)));
    int index = 0;
    for (Series s : chart.series()) {
      int colour = index++;
      double[] x = s.x();
      double[] y = s.y();
      if (s.kind() == Series.Kind.HISTOGRAM) {
        for (int i = 0; i < y.length; i++) {
          if (!Double.isFinite(y[i]) || !Double.isFinite(x[i]) || !Double.isFinite(x[i + 1])) {
            continue;
          }
          double a = px(x[i]);
          double b = px(x[i + 1]);
          double top = py(y[i]);
          String note =
              note(s, i, xText.apply(x[i]) + "–" + xText.apply(x[i + 1]), yText.apply(y[i]));
          bars.add(
              new Drawing.Bar(
                  Layout.r(a + 0.5),
                  Layout.r(Math.min(top, base)),
                  Layout.r(Math.max(1, b - a - 1)),
                  Layout.r(Math.abs(base - top)),
                  Layout.colour(colour),
                  note));
        }
      } else if (s.kind() == Series.Kind.BARS) {
        int slot = grouped.indexOf(s);
        double width = barWidth(chart, s) / grouped.size();
        for (int i = 0; i < y.length; i++) {
          if (!Double.isFinite(y[i]) || !Double.isFinite(x[i])) {
            continue;
          }
          double from = x[i] - barWidth(chart, s) / 2 + slot * width;
          double a = px(from);
          double b = px(from + width);
          double top = py(y[i]);
          bars.add(
              new Drawing.Bar(
                  Layout.r(a),
                  Layout.r(Math.min(top, base)),
                  Layout.r(Math.max(1, b - a)),
                  Layout.r(Math.abs(base - top)),
                  Layout.colour(colour),
                  note(s, i, xText.apply(x[i]), yText.apply(y[i]))));
        }
      }
    }
    return bars;
  }

  List<Drawing.Stroke> lines() {
    List<Drawing.Stroke> lines = new ArrayList<>();
    int index = 0;
    int drawn = 0;
    for (Series s : chart.series()) {
      int colour = index++;
      if (s.kind() != Series.Kind.LINE && s.kind() != Series.Kind.STEP) {
        continue;
      }
      double[] x = s.x();
      double[] y = s.y();
      StringBuilder d = new StringBuilder();
      boolean pen = false;
      double lastY = 0;
      for (int i = 0; i < x.length; i++) {
        if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
          pen = false;
          continue;
        }
        double sx = Layout.r(px(x[i]));
        double sy = Layout.r(py(y[i]));
        if (!pen) {
          d.append(d.length() == 0 ? "" : " ").append('M').append(sx).append(' ').append(sy);
          pen = true;
        } else if (s.kind() == Series.Kind.STEP) {
          // The value holds until the next point changes it.
          d.append(" H").append(sx);
          if (sy != lastY) {
            d.append(" V").append(sy);
          }
        } else {
          d.append(" L").append(sx).append(' ').append(sy);
        }
        lastY = sy;
      }
      if (d.length() > 0) {
        lines.add(
            new Drawing.Stroke(
                d.toString(), Layout.colour(colour), Layout.dash(drawn), s.name(), colour));
      }
      drawn++;
    }
    return lines;
  }

  List<Drawing.Dot> dots(DoubleFunction<String> xText, DoubleFunction<String> yText) {
    List<Drawing.Dot> dots = new ArrayList<>();
    int index = 0;
    for (Series s : chart.series()) {
      int colour = index++;
      boolean marked =
          s.kind() == Series.Kind.POINTS
              || (s.markers() && (s.kind() == Series.Kind.LINE || s.kind() == Series.Kind.STEP));
      if (!marked) {
        continue;
      }
      double[] x = s.x();
      double[] y = s.y();
      for (int i = 0; i < x.length; i++) {
        if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
          dots.add(
              new Drawing.Dot(
                  Layout.r(px(x[i])),
                  Layout.r(py(y[i])),
                  Layout.colour(colour),
                  note(s, i, xText.apply(x[i]), yText.apply(y[i]))));
        }
      }
    }
    return dots;
  }

  List<Drawing.Rule> references() {
    List<Drawing.Rule> rules = new ArrayList<>();
    for (Reference ref : chart.references()) {
      if (!Double.isFinite(ref.value())) {
        continue;
      }
      if (ref.vertical()) {
        double x = clampX(px(ref.value()));
        boolean nearRight = x > box.right() - 120;
        rules.add(
            rule(
                x,
                box.top(),
                x,
                box.bottom(),
                "reference",
                ref.label(),
                nearRight ? x - 4 : x + 4,
                box.top() + 12,
                nearRight ? "end" : "start"));
      } else {
        double y = clampY(py(ref.value()));
        boolean nearTop = y < box.top() + 14;
        rules.add(
            rule(
                box.left(),
                y,
                box.right(),
                y,
                "reference",
                ref.label(),
                box.right() - 4,
                nearTop ? y + 13 : y - 4,
                "end"));
      }
    }
    return rules;
  }

  static Drawing.Rule rule(
      double x1,
      double y1,
      double x2,
      double y2,
      String kind,
      String label,
      double lx,
      double ly,
      String anchor) {
    return new Drawing.Rule(
        Layout.r(x1),
        Layout.r(y1),
        Layout.r(x2),
        Layout.r(y2),
        kind,
        label,
        Layout.r(lx),
        Layout.r(ly),
        anchor);
  }

  /** A mark's note: the one its series gives it, else the series' name and where it stands. */
  private static String note(Series s, int i, String x, String y) {
    return s.noteOf(i) != null ? s.noteOf(i) : note(s.name(), x, y);
  }

  private static String note(String name, String x, String y) {
    return (name.isEmpty() ? "" : name + ": ") + x + ", " + y;
  }
}
