package org.openv2v.logistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.openv2v.charts.Chart;
import org.openv2v.charts.Drawing;
import org.openv2v.logistics.ShipmentExcursion;
import org.openv2v.logistics.TemperatureSeries;
import org.openv2v.logistics.domain.ExcursionKind;

class TemperaturePlotTests {

  static final Instant START = Instant.parse("2026-11-20T00:00:00Z");
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  static TemperatureSeries series(List<Double> celsius, Duration step, List<ShipmentExcursion> e) {
    List<TemperatureSeries.Point> points = new ArrayList<>();
    for (int i = 0; i < celsius.size(); i++) {
      points.add(
          new TemperatureSeries.Point(
              START.plus(step.multipliedBy(i)),
              BigDecimal.valueOf(celsius.get(i)),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }
    return new TemperatureSeries(
        UUID.randomUUID(), Optional.empty(), new BigDecimal("-150"), points, e);
  }

  static final TemperaturePlot.Words WORDS =
      new TemperaturePlot.Words(
          "Logger temperature",
          "Time",
          "Temperature",
          "Logger reading",
          "Temperature finding",
          "Missing data",
          limit -> "limit " + limit,
          e -> e.kind().name());

  static Chart plot(TemperatureSeries series) {
    return TemperaturePlot.of(series, SEOUL, Locale.ENGLISH, WORDS).orElseThrow();
  }

  /** The (x, y) points of the drawn line, in SVG units. */
  static double[][] coordinates(Drawing drawing) {
    Matcher m = Pattern.compile("[ML]([-\\d.]+) ([-\\d.]+)").matcher(drawing.lines().get(0).d());
    List<double[]> points = new ArrayList<>();
    while (m.find()) {
      points.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
    }
    return points.toArray(double[][]::new);
  }

  @Test
  void should_draw_the_limit_where_its_temperature_falls_on_the_axis() {
    Chart chart = plot(series(List.of(-186.0, -180.0, -170.0), Duration.ofMinutes(5), List.of()));
    assertThat(chart.references())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.label()).isEqualTo("limit ≤ −150 °C");
              assertThat(l.value()).isEqualTo(-150);
            });
    Drawing d = chart.drawing();
    // Axis from -190 to -150 in steps of 10: the limit is the top of the plotting area.
    assertThat(d.references().get(0).y1()).isCloseTo(d.plot().top(), within(0.01));
    assertThat(d.yTicks()).extracting(Drawing.Tick::label).contains("−190", "−150");
    double[][] xy = coordinates(d);
    assertThat(xy[0][0]).isCloseTo(d.plot().left(), within(0.1));
    assertThat(xy[2][0]).isCloseTo(d.plot().right(), within(0.1));
    assertThat(xy[0][1]).isGreaterThan(xy[1][1]).isGreaterThan(xy[2][1]);
  }

  @Test
  void should_shade_an_excursion_window_even_when_it_is_one_reading_long() {
    ShipmentExcursion one =
        new ShipmentExcursion(
            ExcursionKind.BRIEF_EXCURSION,
            "WARNING",
            START.plus(Duration.ofMinutes(50)),
            START.plus(Duration.ofMinutes(50)),
            0,
            false,
            Optional.of(new BigDecimal("-148.7")),
            1,
            "Brief temperature excursion",
            Optional.empty(),
            Optional.empty());
    List<Double> readings = new ArrayList<>();
    for (int i = 0; i < 145; i++) {
      readings.add(i == 10 ? -148.7 : -185.0);
    }
    Drawing d = plot(series(readings, Duration.ofMinutes(5), List.of(one))).drawing();

    assertThat(d.shades())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.tone()).isEqualTo("alert");
              assertThat(s.note()).isEqualTo("BRIEF_EXCURSION");
              assertThat(s.width()).isGreaterThanOrEqualTo(3);
              assertThat(s.x()).isBetween(d.plot().left(), d.plot().right());
            });
    assertThat(d.legend())
        .extracting(Drawing.LegendItem::label)
        .containsExactly("Logger reading", "Temperature finding");
  }

  @Test
  void should_keep_a_one_reading_peak_when_a_long_trace_is_thinned() {
    List<Double> readings = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      readings.add(i == 12_345 ? -120.0 : -185.0);
    }
    TemperatureSeries series = series(readings, Duration.ofMinutes(1), List.of());
    assertThat(TemperaturePlot.thinned(series.points()))
        .hasSizeLessThanOrEqualTo(2 * TemperaturePlot.COLUMNS)
        .anySatisfy(p -> assertThat(p.temperatureCelsius()).isEqualByComparingTo("-120"));
    Drawing d = plot(series).drawing();
    double highest = Arrays.stream(coordinates(d)).mapToDouble(p -> p[1]).min().orElseThrow();
    // The axis ends at the peak (−120 °C, a whole step): the peak touches the top.
    assertThat(highest).isCloseTo(d.plot().top(), within(0.1));
    assertThat(d.xTicks()).hasSizeBetween(3, 8);
  }

  @Test
  void should_draw_nothing_for_a_shipment_without_readings() {
    assertThat(
            TemperaturePlot.of(
                series(List.of(), Duration.ofMinutes(5), List.of()), SEOUL, Locale.ENGLISH, WORDS))
        .isEmpty();
  }

  @Property(tries = 200)
  void every_point_lies_inside_the_plotting_area(
      @ForAll @Size(min = 1, max = 400) List<@DoubleRange(min = -200, max = 40) Double> celsius,
      @ForAll @IntRange(min = 1, max = 600) int stepSeconds) {
    Drawing d = plot(series(celsius, Duration.ofSeconds(stepSeconds), List.of())).drawing();
    Drawing.Box area = d.plot();
    for (double[] p : coordinates(d)) {
      assertThat(p[0]).isBetween(area.left() - 0.05, area.right() + 0.05);
      assertThat(p[1]).isBetween(area.top() - 0.05, area.bottom() + 0.05);
    }
    assertThat(d.references().get(0).y1()).isBetween(area.top() - 0.05, area.bottom() + 0.05);
  }
}
