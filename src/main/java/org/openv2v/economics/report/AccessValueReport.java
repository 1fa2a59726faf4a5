package org.openv2v.economics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.openv2v.charts.Axis;
import org.openv2v.charts.Chart;
import org.openv2v.charts.ReportTemplates;
import org.openv2v.charts.Series;
import org.openv2v.economics.scenario.AccessValue;
import org.openv2v.economics.scenario.ModelSpec;

/**
 * report.html of {@code economics access-value}: infused fraction, life-years, QALYs and net
 * monetary benefit per referred patient against the delay before apheresis, each with its interval
 * (the simulator's replications for the share infused, the PSA for the others), and the table.
 * Drawn from templates/economics/access-value.html with the shared chart component.
 */
public final class AccessValueReport {

  private static final ReportTemplates TEMPLATES =
      ReportTemplates.withBundles("economics/messages");

  /** What the page shows, as words and formatted numbers. */
  public record View(
      String title,
      String lead,
      String settings,
      String intervalNote,
      List<Chart> charts,
      List<List<String>> rows) {}

  /**
   * @param scenario the simulator scenario of the sweep, or null when the model's own wait was
   *     lengthened
   */
  public record Run(
      ModelSpec spec,
      String scenario,
      List<AccessValue.Row> rows,
      int psaIterations,
      long seed,
      double years,
      int replications) {}

  private AccessValueReport() {}

  public static String render(Run run, Locale locale) {
    return TEMPLATES.render(
        "economics/access-value",
        locale,
        Map.of("r", view(run, locale), "cur", run.spec().currency()));
  }

  /** The report below its heading alone, for the run's page to show inside itself. */
  public static String section(Run run, Locale locale) {
    return TEMPLATES.renderPart(
        "economics/access-value",
        "section",
        locale,
        Map.of("r", view(run, locale), "cur", run.spec().currency()));
  }

  static View view(Run run, Locale locale) {
    Words w = new Words(locale);
    Figures f = new Figures(locale);
    ModelSpec spec = run.spec();
    Names names = new Names(w, spec);
    String cur = spec.currency();
    List<AccessValue.Row> rows = run.rows();
    double[] x = rows.stream().mapToDouble(AccessValue.Row::delayDays).toArray();
    double wtp = spec.willingnessToPay().of(spec.baseValues());
    String settings =
        run.scenario() == null
            ? w.get("economics.access.settings.model", spec.name())
            : w.get(
                "economics.access.settings.scenario",
                spec.name(),
                names.scenario(run.scenario()),
                f.fixed(run.years(), 0),
                run.replications(),
                String.valueOf(run.seed()));
    List<Chart> charts = new ArrayList<>();
    charts.add(
        chart(
            w.get("economics.access.chart.infused"),
            w,
            locale,
            x,
            Axis.numbers(w.get("economics.access.y.infused"), "%").range(0, 100),
            rows,
            r -> 100 * r.fractionInfused(),
            r -> scaled(r.fractionInfusedLow(), 100),
            r -> scaled(r.fractionInfusedHigh(), 100),
            w.get("economics.access.band.simulation")));
    charts.add(
        chart(
            w.get("economics.access.chart.lys"),
            w,
            locale,
            x,
            Axis.numbers(w.get("economics.access.y.lys"), w.get("economics.report.unit.years"))
                .fromZero(),
            rows,
            AccessValue.Row::lys,
            r -> r.lysInterval().low(),
            r -> r.lysInterval().high(),
            w.get("economics.access.band.psa")));
    charts.add(
        chart(
            w.get("economics.access.chart.qalys"),
            w,
            locale,
            x,
            Axis.numbers(w.get("economics.access.y.qalys"), "QALY").fromZero(),
            rows,
            AccessValue.Row::qalys,
            r -> r.qalysInterval().low(),
            r -> r.qalysInterval().high(),
            w.get("economics.access.band.psa")));
    charts.add(
        chart(
            w.get("economics.access.chart.nmb", f.money(wtp), cur),
            w,
            locale,
            x,
            throughZero(
                Axis.numbers(w.get("economics.access.y.nmb"), cur),
                rows,
                AccessValue.Row::netMonetaryBenefit,
                r -> r.nmbInterval().low(),
                r -> r.nmbInterval().high()),
            rows,
            AccessValue.Row::netMonetaryBenefit,
            r -> r.nmbInterval().low(),
            r -> r.nmbInterval().high(),
            w.get("economics.access.band.psa")));
    List<List<String>> table = new ArrayList<>();
    double firstNmb = rows.get(0).netMonetaryBenefit();
    for (AccessValue.Row r : rows) {
      table.add(
          List.of(
              f.fixed(r.delayDays(), 0),
              f.percent(r.fractionInfused())
                  + interval(f, r.fractionInfusedLow(), r.fractionInfusedHigh(), true),
              f.fixed(r.waitDays(), 1),
              f.fixed(r.lys(), 3) + interval(f, r.lysInterval(), 3),
              f.fixed(r.qalys(), 3) + interval(f, r.qalysInterval(), 3),
              f.money(r.costs()),
              f.money(r.netMonetaryBenefit()) + interval(f, r.nmbInterval(), 0),
              f.money(r.netMonetaryBenefit() - firstNmb)));
    }
    return new View(
        w.get("economics.access.title", names.title()),
        w.get(
            "economics.access.lead",
            names.arm(spec.intervention()),
            names.arm(spec.comparator()),
            f.money(wtp),
            cur),
        settings,
        run.psaIterations() > 0
            ? w.get("economics.access.psa", run.psaIterations(), String.valueOf(run.seed()))
            : w.get("economics.access.noPsa"),
        charts,
        table);
  }

  private static Chart chart(
      String title,
      Words w,
      Locale locale,
      double[] x,
      Axis y,
      List<AccessValue.Row> rows,
      ToDoubleFunction<AccessValue.Row> value,
      Function<AccessValue.Row, OptionalDouble> low,
      Function<AccessValue.Row, OptionalDouble> high,
      String bandName) {
    Chart.Builder chart =
        Chart.builder(title, locale)
            .x(
                Axis.numbers(w.get("economics.access.x"), w.get("economics.access.unit.days"))
                    .fromZero())
            .y(y)
            .size(760, 300);
    if (rows.stream().allMatch(r -> low.apply(r).isPresent() && high.apply(r).isPresent())) {
      chart.series(
          Series.band(
              bandName,
              x,
              rows.stream().mapToDouble(r -> low.apply(r).getAsDouble()).toArray(),
              rows.stream().mapToDouble(r -> high.apply(r).getAsDouble()).toArray()));
    }
    chart.series(
        Series.line(
                w.get("economics.access.series.base"),
                x,
                rows.stream().mapToDouble(value).toArray())
            .withMarkers());
    return chart.build();
  }

  /** Net benefit may sit on either side of zero: the axis always shows zero. */
  private static Axis throughZero(
      Axis axis,
      List<AccessValue.Row> rows,
      ToDoubleFunction<AccessValue.Row> value,
      Function<AccessValue.Row, OptionalDouble> low,
      Function<AccessValue.Row, OptionalDouble> high) {
    double min = 0;
    double max = 0;
    for (AccessValue.Row r : rows) {
      double v = value.applyAsDouble(r);
      min = Math.min(min, Math.min(v, low.apply(r).orElse(v)));
      max = Math.max(max, Math.max(v, high.apply(r).orElse(v)));
    }
    if (!(max > min)) {
      return axis;
    }
    // Ends on whole steps of 1, 2 or 5 times a power of ten, as the chart's own ticks do.
    double raw = (max - min) / 5;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step =
        raw <= power
            ? power
            : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
    return axis.range(Math.floor(min / step) * step, Math.ceil(max / step) * step);
  }

  private static OptionalDouble scaled(OptionalDouble value, double by) {
    return value.isPresent() ? OptionalDouble.of(by * value.getAsDouble()) : value;
  }

  private static String interval(Figures f, AccessValue.Interval i, int decimals) {
    if (i.low().isEmpty() || i.high().isEmpty()) {
      return "";
    }
    return " ("
        + f.fixed(i.low().getAsDouble(), decimals)
        + " – "
        + f.fixed(i.high().getAsDouble(), decimals)
        + ")";
  }

  private static String interval(
      Figures f, OptionalDouble low, OptionalDouble high, boolean percent) {
    if (low.isEmpty() || high.isEmpty()) {
      return "";
    }
    return " (" + f.percent(low.getAsDouble()) + " – " + f.percent(high.getAsDouble()) + ")";
  }
}
