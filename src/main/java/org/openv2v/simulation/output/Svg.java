package org.openv2v.simulation.output;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts drawn by hand, so that reports need no script or network access. */
final class Svg {

  private static final int WIDTH = 640;
  private static final String BAR = "#3b6ea8";
  private static final String BAND = "#c9d9ec";

  private Svg() {}

  /** Vertical bars over equal bins: {@code labels[i]} under bar i. */
  static String columns(long[] counts, List<String> labels, String xTitle, String yTitle) {
    int height = 260;
    int left = 56;
    int bottom = 40;
    int plotWidth = WIDTH - left - 10;
    int plotHeight = height - bottom - 14;
    long max = 1;
    for (long c : counts) {
      max = Math.max(max, c);
    }
    double barWidth = (double) plotWidth / counts.length;
    StringBuilder svg = open(height);
    axes(svg, left, 14, plotWidth, plotHeight);
    for (int i = 0; i < counts.length; i++) {
      double h = (double) counts[i] / max * plotHeight;
      double x = left + i * barWidth;
      svg.append(
          rect(x + 1, 14 + plotHeight - h, Math.max(1, barWidth - 2), h, BAR, counts[i] + ""));
      if (i % 2 == 0) {
        text(svg, x + barWidth / 2, 14 + plotHeight + 14, labels.get(i), "middle", 10);
      }
    }
    text(svg, left - 6, 20, Long.toString(max), "end", 10);
    text(svg, left - 6, 14 + plotHeight, "0", "end", 10);
    text(svg, left + plotWidth / 2.0, height - 4, xTitle, "middle", 11);
    verticalTitle(svg, 12, 14 + plotHeight / 2.0, yTitle);
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars, one per label, with the value printed at the end of each. */
  static String bars(List<String> labels, double[] values, String format, double scaleMax) {
    int row = 24;
    int left = 230;
    int height = labels.size() * row + 10;
    int plotWidth = WIDTH - left - 80;
    double max = scaleMax > 0 ? scaleMax : 0;
    for (double v : values) {
      max = Math.max(max, Double.isFinite(v) ? v : 0);
    }
    if (max <= 0) {
      max = 1;
    }
    StringBuilder svg = open(height);
    for (int i = 0; i < labels.size(); i++) {
      double v = Double.isFinite(values[i]) ? values[i] : 0;
      double w = v / max * plotWidth;
      double y = 5 + i * row;
      text(svg, left - 6, y + 15, labels.get(i), "end", 11);
      svg.append(rect(left, y + 3, Math.max(0.5, w), row - 8, BAR, ""));
      text(svg, left + w + 4, y + 15, String.format(Locale.ROOT, format, values[i]), "start", 11);
    }
    return svg.append("</svg>").toString();
  }

  /**
   * A line through (x, y) points, with an optional band (lower, upper) drawn behind it; {@code xs}
   * must be increasing.
   */
  static String line(
      double[] xs, double[] ys, double[] lower, double[] upper, String xTitle, String yTitle) {
    int height = 260;
    int left = 56;
    int bottom = 40;
    int plotWidth = WIDTH - left - 14;
    int plotHeight = height - bottom - 14;
    double xMin = xs[0];
    double xMax = xs[xs.length - 1];
    if (xMax == xMin) {
      xMax = xMin + 1;
    }
    double yMax = 0;
    for (int i = 0; i < ys.length; i++) {
      yMax = Math.max(yMax, upper != null ? upper[i] : ys[i]);
    }
    yMax = yMax <= 0 ? 1 : yMax * 1.08;
    StringBuilder svg = open(height);
    axes(svg, left, 14, plotWidth, plotHeight);
    double fxMin = xMin;
    double fxSpan = xMax - xMin;
    double fyMax = yMax;
    java.util.function.DoubleUnaryOperator px = x -> left + (x - fxMin) / fxSpan * plotWidth;
    java.util.function.DoubleUnaryOperator py = y -> 14 + plotHeight - y / fyMax * plotHeight;
    if (lower != null && upper != null) {
      StringBuilder band = new StringBuilder();
      for (int i = 0; i < xs.length; i++) {
        band.append(point(px.applyAsDouble(xs[i]), py.applyAsDouble(upper[i])));
      }
      for (int i = xs.length - 1; i >= 0; i--) {
        band.append(point(px.applyAsDouble(xs[i]), py.applyAsDouble(lower[i])));
      }
      svg.append("<polygon fill=\"")
          .append(BAND)
          .append("\" points=\"")
          .append(band)
          .append("\"/>");
    }
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      path.append(point(px.applyAsDouble(xs[i]), py.applyAsDouble(ys[i])));
    }
    svg.append("<polyline fill=\"none\" stroke=\"")
        .append(BAR)
        .append("\" stroke-width=\"2\" points=\"")
        .append(path)
        .append("\"/>");
    if (xs.length <= 12) {
      for (int i = 0; i < xs.length; i++) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>",
                px.applyAsDouble(xs[i]),
                py.applyAsDouble(ys[i]),
                BAR));
        text(svg, px.applyAsDouble(xs[i]), 14 + plotHeight + 14, tick(xs[i]), "middle", 10);
      }
    } else {
      text(svg, left, 14 + plotHeight + 14, tick(xMin), "middle", 10);
      text(svg, left + plotWidth, 14 + plotHeight + 14, tick(xMax), "middle", 10);
    }
    text(svg, left - 6, 20, String.format(Locale.ROOT, "%.3g", yMax), "end", 10);
    text(svg, left - 6, 14 + plotHeight, "0", "end", 10);
    text(svg, left + plotWidth / 2.0, height - 4, xTitle, "middle", 11);
    verticalTitle(svg, 12, 14 + plotHeight / 2.0, yTitle);
    return svg.append("</svg>").toString();
  }

  /** An axis label: whole numbers as such, others with two decimals at most. */
  private static String tick(double value) {
    if (value == Math.rint(value)) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
  }

  private static StringBuilder open(int height) {
    return new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\">");
  }

  private static void axes(StringBuilder svg, int left, int top, int width, int height) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<path d=\"M%d %d V%d H%d\" stroke=\"#555\" fill=\"none\"/>",
            left,
            top,
            top + height,
            left + width));
  }

  private static String rect(double x, double y, double w, double h, String fill, String title) {
    return String.format(
        Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">%s</rect>",
        x,
        y,
        w,
        h,
        fill,
        title.isEmpty() ? "" : "<title>" + HtmlReport.escape(title) + "</title>");
  }

  private static String point(double x, double y) {
    return String.format(Locale.ROOT, "%.1f,%.1f ", x, y);
  }

  private static void text(
      StringBuilder svg, double x, double y, String text, String anchor, int size) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>",
            x,
            y,
            anchor,
            size,
            HtmlReport.escape(text)));
  }

  private static void verticalTitle(StringBuilder svg, double x, double y, String text) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text transform=\"translate(%.1f %.1f) rotate(-90)\" text-anchor=\"middle\""
                + " font-size=\"11\">%s</text>",
            x,
            y,
            HtmlReport.escape(text)));
  }
}
