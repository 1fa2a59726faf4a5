package org.openv2v.charts;

import java.util.List;

/**
 * A {@link Chart} laid out in SVG units, with every label already written: what the fragment {@code
 * templates/charts/chart.html} draws. Callers do not build one; they call {@link Chart#drawing()}
 * through the fragment.
 */
public record Drawing(
    String id,
    int width,
    int height,
    String title,
    String description,
    double titleY,
    Box plot,
    List<Tick> xTicks,
    List<Tick> yTicks,
    Label xTitle,
    Label yTitle,
    List<Area> shades,
    List<Polygon> bands,
    List<Rule> rules,
    List<Bar> bars,
    List<Stroke> lines,
    List<Dot> dots,
    List<Rule> references,
    List<LegendItem> legend) {

  /** The plotting rectangle. */
  public record Box(double left, double top, double right, double bottom) {
    public double width() {
      return right - left;
    }

    public double height() {
      return bottom - top;
    }
  }

  /** A tick at {@code at} along its axis (x for the x axis, y for the y axis), and its label. */
  public record Tick(double at, String label) {}

  /** A text at a point; {@code rotate} turns it upright along the y axis. */
  public record Label(double x, double y, String text, boolean rotate) {
    public String transform() {
      return rotate ? "rotate(-90 " + x + " " + y + ")" : null;
    }
  }

  /** A shaded rectangle with what it means. */
  public record Area(
      double x, double y, double width, double height, String fill, String tone, String note) {}

  /** A band's outline, and its name. */
  public record Polygon(String points, String fill, String name) {}

  /** A straight line, with an optional label at (labelX, labelY). */
  public record Rule(
      double x1,
      double y1,
      double x2,
      double y2,
      String kind,
      String label,
      double labelX,
      double labelY,
      String anchor) {}

  /** One bar and what it shows. */
  public record Bar(double x, double y, double width, double height, String fill, String note) {}

  /** A line or step line as a path. */
  public record Stroke(String d, String colour, String dash, String name, int index) {}

  /** A marked point and what it shows. */
  public record Dot(double cx, double cy, String colour, String note) {}

  /** A legend entry: a swatch ("line", "area" or "dot") at (x, y) and its text. */
  public record LegendItem(
      double x, double y, String swatch, String colour, String dash, String label) {}
}
