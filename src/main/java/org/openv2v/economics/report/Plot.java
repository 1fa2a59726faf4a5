package org.openv2v.economics.report;

import java.util.Locale;

/**
 * A small SVG chart: a plotting area with linear axes, ticks and labels, into which series are
 * drawn in data coordinates. Self-contained, no script.
 */
final class Plot {

  static final String[] COLOURS = {
    "#1f6f8b", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f", "#30638e"
  };

  private final int width;
  private final int height;
  private final int left;
  private boolean xTicks = true;
  private boolean yTicks = true;
  private final int right = 16;
  private final int top = 18;
  private final int bottom = 46;
  private final double xMin;
  private final double xMax;
  private final double yMin;
  private final double yMax;
  private final StringBuilder body = new StringBuilder();

  Plot(int width, int height, double xMin, double xMax, double yMin, double yMax) {
    this(width, height, 78, xMin, xMax, yMin, yMax);
  }

  Plot(int width, int height, int left, double xMin, double xMax, double yMin, double yMax) {
    this.left = left;
    this.width = width;
    this.height = height;
    this.xMin = xMin;
    this.xMax = xMax == xMin ? xMin + 1 : xMax;
    this.yMin = yMin;
    this.yMax = yMax == yMin ? yMin + 1 : yMax;
  }

  double x(double value) {
    return left + (value - xMin) / (xMax - xMin) * (width - left - right);
  }

  double y(double value) {
    return height - bottom - (value - yMin) / (yMax - yMin) * (height - top - bottom);
  }

  /** Leaves out the numbers on an axis whose positions are categories (labelled by the caller). */
  Plot categorical(boolean xAxis, boolean yAxis) {
    xTicks = !xAxis;
    yTicks = !yAxis;
    return this;
  }

  /** A label left of the plotting area at data height {@code yv}. */
  Plot rowLabel(double yv, String text) {
    body.append(text(left - 6, y(yv) + 4, text, "end"));
    return this;
  }

  /** A label under the plotting area at data position {@code xv}. */
  Plot columnLabel(double xv, String text) {
    body.append(text(x(xv), height - bottom + 16, text, "middle"));
    return this;
  }

  Plot axes(String xLabel, String yLabel) {
    for (int i = 0; i <= 5; i++) {
      double xv = xMin + (xMax - xMin) * i / 5;
      double yv = yMin + (yMax - yMin) * i / 5;
      body.append(line(x(xv), y(yMin), x(xv), y(yMax), "#e4e4e4", 1));
      body.append(line(x(xMin), y(yv), x(xMax), y(yv), "#e4e4e4", 1));
      if (xTicks) {
        body.append(text(x(xv), height - bottom + 16, tick(xv), "middle"));
      }
      if (yTicks) {
        body.append(text(left - 6, y(yv) + 4, tick(yv), "end"));
      }
    }
    if (yMin < 0 && yMax > 0) {
      body.append(line(x(xMin), y(0), x(xMax), y(0), "#555", 1));
    }
    if (xMin < 0 && xMax > 0) {
      body.append(line(x(0), y(yMin), x(0), y(yMax), "#555", 1));
    }
    body.append(text((left + width - right) / 2.0, height - 8, xLabel, "middle"));
    body.append(
        String.format(
            Locale.ROOT,
            "<text x=\"14\" y=\"%.1f\" transform=\"rotate(-90 14 %.1f)\" text-anchor=\"middle\" font-size=\"12\">%s</text>",
            (top + height - bottom) / 2.0,
            (top + height - bottom) / 2.0,
            ReportPage.escape(yLabel)));
    return this;
  }

  Plot points(double[] xs, double[] ys, String colour) {
    for (int i = 0; i < xs.length; i++) {
      body.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.6\" fill=\"%s\" fill-opacity=\"0.35\"/>",
              x(xs[i]),
              y(ys[i]),
              colour));
    }
    return this;
  }

  Plot polyline(double[] xs, double[] ys, String colour, String label) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(xs[i]), y(ys[i])));
    }
    body.append(
        String.format(
            Locale.ROOT,
            "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"><title>%s</title></polyline>",
            colour,
            points.toString().trim(),
            ReportPage.escape(label)));
    return this;
  }

  Plot rect(double x0, double y0, double x1, double y1, String colour, String title) {
    double px = Math.min(x(x0), x(x1));
    double py = Math.min(y(y0), y(y1));
    body.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
            px,
            py,
            Math.abs(x(x1) - x(x0)),
            Math.abs(y(y1) - y(y0)),
            colour,
            ReportPage.escape(title)));
    return this;
  }

  Plot label(double xv, double yv, String text, String anchor) {
    body.append(text(x(xv), y(yv), text, anchor));
    return this;
  }

  Plot dashed(double x0, double y0, double x1, double y1, String colour) {
    body.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"5 4\" stroke-width=\"1.5\"/>",
            x(x0),
            y(y0),
            x(x1),
            y(y1),
            colour));
    return this;
  }

  String svg(String title) {
    return String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\"><title>%s</title>",
            width,
            height,
            width,
            height,
            ReportPage.escape(title))
        + body
        + "</svg>";
  }

  private static String line(double x1, double y1, double x2, double y2, String colour, double w) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>",
        x1,
        y1,
        x2,
        y2,
        colour,
        w);
  }

  private static String text(double x, double y, String text, String anchor) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\">%s</text>",
        x,
        y,
        anchor,
        ReportPage.escape(text));
  }

  static String tick(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return String.format(Locale.ROOT, "%.1fB", v / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.1fM", v / 1e6);
    }
    if (a >= 1e4) {
      return String.format(Locale.ROOT, "%.0fk", v / 1e3);
    }
    if (a >= 10 || a == 0) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
