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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
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

  static double[][] coordinates(TemperaturePlot plot) {
    return Arrays.stream(plot.line().split(" "))
        .map(p -> Arrays.stream(p.split(",")).mapToDouble(Double::parseDouble).toArray())
        .toArray(double[][]::new);
  }

  @Test
  void should_draw_the_limit_where_its_temperature_falls_on_the_axis() {
    TemperaturePlot plot =
        TemperaturePlot.of(
            series(List.of(-186.0, -180.0, -170.0), Duration.ofMinutes(5), List.of()),
            SEOUL,
            Locale.ENGLISH);
    // Axis from -190 to -150 in steps of 10: the limit is the top of the plotting area.
    assertThat(plot.limits())
        .singleElement()
        .satisfies(l -> assertThat(l.label()).isEqualTo("≤ −150 °C"));
    assertThat(plot.limits().get(0).y()).isCloseTo(TemperaturePlot.AREA.top(), within(0.01));
    assertThat(plot.yTicks()).extracting(TemperaturePlot.Tick::label).contains("−190", "−150");
    double[][] xy = coordinates(plot);
    assertThat(xy[0][0]).isCloseTo(TemperaturePlot.AREA.left(), within(0.1));
    assertThat(xy[2][0]).isCloseTo(TemperaturePlot.AREA.right(), within(0.1));
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
    TemperaturePlot plot =
        TemperaturePlot.of(
            series(readings, Duration.ofMinutes(5), List.of(one)), SEOUL, Locale.ENGLISH);

    assertThat(plot.shades())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.temperature()).isTrue();
              assertThat(s.width()).isGreaterThanOrEqualTo(3);
              assertThat(s.x())
                  .isBetween(TemperaturePlot.AREA.left(), TemperaturePlot.AREA.right());
            });
  }

  @Test
  void should_keep_a_one_reading_peak_when_a_long_trace_is_thinned() {
    List<Double> readings = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      readings.add(i == 12_345 ? -120.0 : -185.0);
    }
    TemperaturePlot plot =
        TemperaturePlot.of(
            series(readings, Duration.ofMinutes(1), List.of()), SEOUL, Locale.ENGLISH);
    double[][] xy = coordinates(plot);
    assertThat(xy.length).isLessThanOrEqualTo(2 * (int) TemperaturePlot.AREA.width());
    double highest = Arrays.stream(xy).mapToDouble(p -> p[1]).min().orElseThrow();
    assertThat(highest).isCloseTo(TemperaturePlot.AREA.top(), within(0.1));
    assertThat(plot.xTicks()).hasSizeBetween(3, 8);
  }

  @Test
  void should_draw_nothing_for_a_shipment_without_readings() {
    TemperaturePlot plot =
        TemperaturePlot.of(
            series(List.of(), Duration.ofMinutes(5), List.of()), SEOUL, Locale.ENGLISH);
    assertThat(plot.empty()).isTrue();
    assertThat(plot.line()).isEmpty();
  }

  @Property(tries = 200)
  void every_point_lies_inside_the_plotting_area(
      @ForAll @Size(min = 1, max = 400) List<@DoubleRange(min = -200, max = 40) Double> celsius,
      @ForAll @IntRange(min = 1, max = 600) int stepSeconds) {
    TemperaturePlot plot =
        TemperaturePlot.of(
            series(celsius, Duration.ofSeconds(stepSeconds), List.of()), SEOUL, Locale.ENGLISH);
    TemperaturePlot.Area area = TemperaturePlot.AREA;
    for (double[] p : coordinates(plot)) {
      assertThat(p[0]).isBetween(area.left() - 0.05, area.right() + 0.05);
      assertThat(p[1]).isBetween(area.top() - 0.05, area.bottom() + 0.05);
    }
    assertThat(plot.limits().get(0).y()).isBetween(area.top() - 0.05, area.bottom() + 0.05);
  }

  @Property(tries = 200)
  void nice_steps_are_one_two_or_five_times_a_power_of_ten(
      @ForAll @DoubleRange(min = 0.01, max = 100000) double rough) {
    double step = TemperaturePlot.niceStep(rough);
    assertThat(step).isGreaterThanOrEqualTo(rough * 0.999);
    double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
    assertThat(List.of(1.0, 2.0, 5.0, 10.0))
        .anySatisfy(m -> assertThat(mantissa).isCloseTo(m, within(1e-6)));
  }
}
