package org.openv2v.logistics.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openv2v.logistics.ShipmentExcursion;
import org.openv2v.logistics.TemperatureSeries;

/**
 * A logger trace drawn as inline SVG on the server: time across, °C up, the limits as dashed lines
 * and each finding's window shaded. Long traces are thinned to the lowest and highest reading of
 * each pixel column, so a peak of one reading still shows at any length.
 */
record TemperaturePlot(
    int width,
    int height,
    Area area,
    String line,
    List<Rule> limits,
    List<Shade> shades,
    List<Tick> yTicks,
    List<Tick> xTicks,
    boolean empty) {

  static final int WIDTH = 720;
  static final int HEIGHT = 260;
  static final Area AREA = new Area(56, 12, WIDTH - 16, HEIGHT - 36);

  /** The plotting rectangle inside the drawing, in SVG units. */
  record Area(double left, double top, double right, double bottom) {
    double width() {
      return right - left;
    }

    double height() {
      return bottom - top;
    }
  }

  /** A horizontal line at a limit, with its label. */
  record Rule(double y, String label) {}

  /** A shaded window: a finding from {@code x} for {@code width}; {@code temperature} or a gap. */
  record Shade(double x, double width, boolean temperature, String label) {}

  /** An axis label at a position along its axis. */
  record Tick(double at, String label) {}

  static TemperaturePlot of(TemperatureSeries series, ZoneId zone, Locale locale) {
    List<TemperatureSeries.Point> points = series.points();
    if (points.isEmpty()) {
      return new TemperaturePlot(
          WIDTH, HEIGHT, AREA, "", List.of(), List.of(), List.of(), List.of(), true);
    }
    Instant first = points.get(0).time();
    Instant last = points.get(points.size() - 1).time();
    for (TemperatureSeries.Point p : points) {
      first = p.time().isBefore(first) ? p.time() : first;
      last = p.time().isAfter(last) ? p.time() : last;
    }
    if (!last.isAfter(first)) {
      last = first.plus(Duration.ofMinutes(1));
    }
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (TemperatureSeries.Point p : points) {
      double c = p.temperatureCelsius().doubleValue();
      low = Math.min(low, c);
      high = Math.max(high, c);
    }
    double max = series.maxCelsius().doubleValue();
    low = Math.min(low, max);
    high = Math.max(high, max);
    if (series.minCelsius().isPresent()) {
      low = Math.min(low, series.minCelsius().get().doubleValue());
      high = Math.max(high, series.minCelsius().get().doubleValue());
    }
    double step = niceStep((high - low) / 5);
    double bottom = Math.floor(low / step) * step;
    double top = Math.ceil(high / step) * step;
    if (top <= bottom) {
      top = bottom + step;
    }
    Scale scale = new Scale(first, last, bottom, top);

    List<Rule> limits = new ArrayList<>();
    limits.add(new Rule(scale.y(max), "≤ " + celsius(series.maxCelsius())));
    series
        .minCelsius()
        .ifPresent(min -> limits.add(new Rule(scale.y(min.doubleValue()), "≥ " + celsius(min))));

    List<Shade> shades = new ArrayList<>();
    for (ShipmentExcursion e : series.excursions()) {
      Instant from = e.startedAt().isBefore(first) ? first : e.startedAt();
      Instant to = e.endedAt().isAfter(last) ? last : e.endedAt();
      double x = scale.x(from);
      // A finding of one reading still gets a visible band.
      double w = Math.max(3, scale.x(to) - x);
      shades.add(
          new Shade(Math.min(x, AREA.right() - w), w, e.kind().isTemperature(), e.message()));
    }

    List<Tick> yTicks = new ArrayList<>();
    for (double v = bottom; v <= top + step / 2; v += step) {
      yTicks.add(new Tick(scale.y(v), format(v, step)));
    }
    return new TemperaturePlot(
        WIDTH,
        HEIGHT,
        AREA,
        thinned(points, scale),
        limits,
        shades,
        yTicks,
        timeTicks(first, last, scale, zone, locale),
        false);
  }

  /** Where a time and a temperature fall in the drawing. */
  private record Scale(Instant first, Instant last, double bottom, double top) {
    double x(Instant t) {
      double span = Duration.between(first, last).toMillis();
      return AREA.left() + AREA.width() * Duration.between(first, t).toMillis() / span;
    }

    double y(double celsius) {
      return AREA.bottom() - AREA.height() * (celsius - bottom) / (top - bottom);
    }
  }

  /** The lowest and highest reading of each pixel column, in time order within the column. */
  private static String thinned(List<TemperatureSeries.Point> points, Scale scale) {
    int columns = (int) AREA.width();
    StringBuilder out = new StringBuilder();
    int column = -1;
    TemperatureSeries.Point lowest = null;
    TemperatureSeries.Point highest = null;
    for (TemperatureSeries.Point p : points) {
      int c = (int) Math.min(columns - 1, Math.floor((scale.x(p.time()) - AREA.left())));
      if (c != column && lowest != null) {
        append(out, lowest, highest, scale);
        lowest = null;
        highest = null;
      }
      column = c;
      if (lowest == null || p.temperatureCelsius().compareTo(lowest.temperatureCelsius()) < 0) {
        lowest = p;
      }
      if (highest == null || p.temperatureCelsius().compareTo(highest.temperatureCelsius()) > 0) {
        highest = p;
      }
    }
    if (lowest != null) {
      append(out, lowest, highest, scale);
    }
    return out.toString().strip();
  }

  private static void append(
      StringBuilder out,
      TemperatureSeries.Point lowest,
      TemperatureSeries.Point highest,
      Scale scale) {
    TemperatureSeries.Point a = lowest.time().isAfter(highest.time()) ? highest : lowest;
    TemperatureSeries.Point b = a == lowest ? highest : lowest;
    point(out, a, scale);
    if (b != a) {
      point(out, b, scale);
    }
  }

  private static void point(StringBuilder out, TemperatureSeries.Point p, Scale scale) {
    out.append(
        String.format(
            Locale.ROOT,
            "%.1f,%.1f ",
            scale.x(p.time()),
            scale.y(p.temperatureCelsius().doubleValue())));
  }

  /** 1, 2 or 5 times a power of ten: steps a reader can count in. */
  static double niceStep(double rough) {
    if (!(rough > 0)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    double fraction = rough / power;
    double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * power;
  }

  private static final List<Duration> TIME_STEPS =
      List.of(
          Duration.ofMinutes(10),
          Duration.ofMinutes(30),
          Duration.ofHours(1),
          Duration.ofHours(2),
          Duration.ofHours(3),
          Duration.ofHours(6),
          Duration.ofHours(12),
          Duration.ofDays(1),
          Duration.ofDays(2),
          Duration.ofDays(7));

  /** Four to eight labels on whole hours or days of the platform's zone. */
  private static List<Tick> timeTicks(
      Instant first, Instant last, Scale scale, ZoneId zone, Locale locale) {
    Duration span = Duration.between(first, last);
    Duration step =
        TIME_STEPS.stream()
            .filter(s -> span.dividedBy(s) <= 6)
            .findFirst()
            .orElse(span.dividedBy(6).plusDays(1).truncatedTo(ChronoUnit.DAYS));
    DateTimeFormatter format =
        DateTimeFormatter.ofPattern(
            step.compareTo(Duration.ofDays(1)) >= 0 ? "MM-dd" : "MM-dd HH:mm", locale);
    ZonedDateTime at = first.atZone(zone);
    at =
        step.compareTo(Duration.ofDays(1)) >= 0
            ? at.truncatedTo(ChronoUnit.DAYS)
            : at.truncatedTo(ChronoUnit.HOURS);
    List<Tick> ticks = new ArrayList<>();
    for (int guard = 0; guard < 100 && !at.toInstant().isAfter(last); guard++, at = at.plus(step)) {
      if (!at.toInstant().isBefore(first)) {
        ticks.add(new Tick(scale.x(at.toInstant()), format.format(at)));
      }
    }
    return ticks;
  }

  static String celsius(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('-', '−') + " °C";
  }

  private static String format(double value, double step) {
    int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
    return String.format(Locale.ROOT, "%." + decimals + "f", value).replace('-', '−');
  }
}
