package org.openv2v.charts;

import java.util.Objects;

/**
 * One set of data drawn in a {@link Chart}. Points with a non-finite value are left out (a line
 * breaks there). Make one with {@link #line}, {@link #step}, {@link #points}, {@link #bars}, {@link
 * #histogram} or {@link #band}.
 *
 * @param kind how the data are drawn
 * @param name the legend entry (already translated); empty for none
 * @param x positions along the x axis (bars: their centres; histogram: the bin edges)
 * @param y values (band: the lower bound)
 * @param upper the band's upper bound; null otherwise
 * @param markers whether a line also marks each point with a dot
 */
public record Series(
    Kind kind, String name, double[] x, double[] y, double[] upper, boolean markers) {

  /** How a series is drawn. */
  public enum Kind {
    /** Points joined by straight lines. */
    LINE,
    /** A value that holds until the next point changes it (e.g. a grade, a survival curve). */
    STEP,
    /** Dots only. */
    POINTS,
    /** Bars from zero up (or down) to each value, centred on x. */
    BARS,
    /** Bars between consecutive bin edges: x has one more value than y. */
    HISTOGRAM,
    /** A shaded interval from y (lower) to upper, e.g. a 95% CI or a p10–p90 range. */
    BAND
  }

  public Series {
    Objects.requireNonNull(kind, "kind");
    name = name == null ? "" : name;
    x = x.clone();
    y = y.clone();
    upper = upper == null ? null : upper.clone();
    int expected = kind == Kind.HISTOGRAM ? y.length + 1 : y.length;
    if (x.length != expected || (upper != null && upper.length != y.length)) {
      throw new IllegalArgumentException("series '" + name + "': x and y lengths differ");
    }
    if (kind == Kind.BAND && upper == null) {
      throw new IllegalArgumentException("a band needs its upper bound");
    }
  }

  public static Series line(String name, double[] x, double[] y) {
    return new Series(Kind.LINE, name, x, y, null, false);
  }

  public static Series step(String name, double[] x, double[] y) {
    return new Series(Kind.STEP, name, x, y, null, false);
  }

  public static Series points(String name, double[] x, double[] y) {
    return new Series(Kind.POINTS, name, x, y, null, false);
  }

  public static Series bars(String name, double[] x, double[] y) {
    return new Series(Kind.BARS, name, x, y, null, false);
  }

  /** Counts (or densities) of bins: bin i runs from {@code edges[i]} to {@code edges[i + 1]}. */
  public static Series histogram(String name, double[] edges, double[] counts) {
    return new Series(Kind.HISTOGRAM, name, edges, counts, null, false);
  }

  /** A shaded interval from {@code lower} to {@code upper} at each x. */
  public static Series band(String name, double[] x, double[] lower, double[] upper) {
    return new Series(Kind.BAND, name, x, lower, upper, false);
  }

  /** The same line or step line with a dot on each point. */
  public Series withMarkers() {
    return new Series(kind, name, x, y, upper, true);
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] y() {
    return y.clone();
  }

  @Override
  public double[] upper() {
    return upper == null ? null : upper.clone();
  }
}
