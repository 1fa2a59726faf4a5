package org.openv2v.logistics.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.openv2v.charts.Axis;
import org.openv2v.charts.Chart;
import org.openv2v.charts.Series;
import org.openv2v.charts.Shade;
import org.openv2v.logistics.ShipmentExcursion;
import org.openv2v.logistics.TemperatureSeries;

/**
 * A logger trace as a {@link Chart}: time across in the platform's zone, °C up, each limit a
 * labelled reference line and each finding's window shaded (red for temperature, amber for missing
 * data). Long traces are thinned to the lowest and highest reading of each of {@link #COLUMNS} time
 * slices, about one per pixel, so that a peak of one reading still shows at any length.
 */
final class TemperaturePlot {

  /** About the plotting width in pixels. */
  static final int COLUMNS = 640;

  static final int WIDTH = 720;
  static final int HEIGHT = 280;

  private TemperaturePlot() {}

  /** The words of the plot, in the reader's language. */
  record Words(
      String title,
      String time,
      String temperature,
      String reading,
      String excursion,
      String gap,
      Function<String, String> limit,
      Function<ShipmentExcursion, String> note) {}

  /** The chart, or none when the logger has reported nothing yet. */
  static Optional<Chart> of(TemperatureSeries series, ZoneId zone, Locale locale, Words words) {
    List<TemperatureSeries.Point> points = series.points();
    if (points.isEmpty()) {
      return Optional.empty();
    }
    List<TemperatureSeries.Point> thinned = thinned(points);
    double[] x = new double[thinned.size()];
    double[] y = new double[thinned.size()];
    for (int i = 0; i < thinned.size(); i++) {
      x[i] = Axis.at(thinned.get(i).time());
      y[i] = thinned.get(i).temperatureCelsius().doubleValue();
    }
    Chart.Builder chart =
        Chart.builder(words.title(), locale)
            .size(WIDTH, HEIGHT)
            .x(Axis.time(words.time(), zone))
            .y(Axis.numbers(words.temperature(), "°C"))
            .series(Series.line(words.reading(), x, y))
            .horizontalLine(
                series.maxCelsius().doubleValue(),
                words.limit().apply("≤ " + celsius(series.maxCelsius())));
    series
        .minCelsius()
        .ifPresent(
            min ->
                chart.horizontalLine(min.doubleValue(), words.limit().apply("≥ " + celsius(min))));
    for (ShipmentExcursion e : series.excursions()) {
      boolean temperature = e.kind().isTemperature();
      chart.shadeX(
          Axis.at(e.startedAt()),
          Axis.at(e.endedAt()),
          temperature ? Shade.Tone.ALERT : Shade.Tone.CAUTION,
          temperature ? words.excursion() : words.gap(),
          words.note().apply(e));
    }
    return Optional.of(chart.build());
  }

  /** The lowest and highest reading of each time slice, in time order within the slice. */
  static List<TemperatureSeries.Point> thinned(List<TemperatureSeries.Point> points) {
    Instant first = points.get(0).time();
    Instant last = first;
    for (TemperatureSeries.Point p : points) {
      first = p.time().isBefore(first) ? p.time() : first;
      last = p.time().isAfter(last) ? p.time() : last;
    }
    double span = Math.max(1, last.toEpochMilli() - first.toEpochMilli());
    List<TemperatureSeries.Point> out = new ArrayList<>();
    long column = -1;
    TemperatureSeries.Point lowest = null;
    TemperatureSeries.Point highest = null;
    for (TemperatureSeries.Point p : points) {
      long c =
          Math.min(
              COLUMNS - 1,
              (long) Math.floor((p.time().toEpochMilli() - first.toEpochMilli()) / span * COLUMNS));
      if (c != column && lowest != null) {
        append(out, lowest, highest);
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
      append(out, lowest, highest);
    }
    return out;
  }

  private static void append(
      List<TemperatureSeries.Point> out,
      TemperatureSeries.Point lowest,
      TemperatureSeries.Point highest) {
    TemperatureSeries.Point a = lowest.time().isAfter(highest.time()) ? highest : lowest;
    TemperatureSeries.Point b = a == lowest ? highest : lowest;
    out.add(a);
    if (b != a) {
      out.add(b);
    }
  }

  static String celsius(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('-', '−') + " °C";
  }
}
