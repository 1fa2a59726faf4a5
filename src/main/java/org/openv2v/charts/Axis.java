package org.openv2v.charts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One axis of a {@link Chart}: its title and unit (already translated) and how positions along it
 * are read. Numbers ({@link #numbers}) get "nice" 1-2-5 ticks; times ({@link #time}) take x values
 * in epoch milliseconds ({@link #at(Instant)}) and label them in the reader's zone and language;
 * categories ({@link #categories}) put the i-th name at x = i.
 *
 * @param title the axis title, e.g. "Temperature"; may be empty
 * @param unit the unit shown after the title, e.g. "°C"; may be empty
 * @param kind numbers, time or categories
 * @param min a fixed lower end, or NaN to follow the data
 * @param max a fixed upper end, or NaN to follow the data
 * @param decimals a fixed number of decimals for the tick labels, or -1 to follow the tick step
 * @param zone the zone times are shown in (time axes only)
 * @param names the category names (category axes only)
 */
public record Axis(
    String title,
    String unit,
    Kind kind,
    double min,
    double max,
    int decimals,
    ZoneId zone,
    List<String> names) {

  /** How positions along the axis are read. */
  public enum Kind {
    NUMBERS,
    TIME,
    CATEGORIES
  }

  public Axis {
    title = title == null ? "" : title;
    unit = unit == null ? "" : unit;
    Objects.requireNonNull(kind, "kind");
    names = names == null ? List.of() : List.copyOf(names);
    if (kind == Kind.TIME) {
      Objects.requireNonNull(zone, "a time axis needs the reader's zone");
    }
  }

  /** A numeric axis whose ends follow the data. */
  public static Axis numbers(String title, String unit) {
    return new Axis(title, unit, Kind.NUMBERS, Double.NaN, Double.NaN, -1, null, List.of());
  }

  /** A time axis; x values are epoch milliseconds ({@link #at(Instant)}), shown in {@code zone}. */
  public static Axis time(String title, ZoneId zone) {
    return new Axis(title, "", Kind.TIME, Double.NaN, Double.NaN, -1, zone, List.of());
  }

  /** A category axis: {@code names.get(i)} sits at x = i. */
  public static Axis categories(String title, List<String> names) {
    return new Axis(title, "", Kind.CATEGORIES, Double.NaN, Double.NaN, -1, null, names);
  }

  /** The same axis from {@code min} to {@code max} whatever the data (e.g. grade 0 to 5). */
  public Axis range(double min, double max) {
    if (!(max > min)) {
      throw new IllegalArgumentException("an axis range needs min < max");
    }
    return new Axis(title, unit, kind, min, max, decimals, zone, names);
  }

  /** The same axis starting at zero even when the data start well above it. */
  public Axis fromZero() {
    return new Axis(title, unit, kind, 0, max, decimals, zone, names);
  }

  /** The same axis with this many decimals on every tick label. */
  public Axis decimals(int decimals) {
    if (decimals < 0 || decimals > 10) {
      throw new IllegalArgumentException("decimals must be 0 to 10");
    }
    return new Axis(title, unit, kind, min, max, decimals, zone, names);
  }

  /** The position of a time on a time axis. */
  public static double at(Instant time) {
    return time.toEpochMilli();
  }

  /** The title with its unit, e.g. "Temperature (°C)". */
  public String titleWithUnit() {
    if (unit.isEmpty()) {
      return title;
    }
    return title.isEmpty() ? unit : title + " (" + unit + ")";
  }
}
