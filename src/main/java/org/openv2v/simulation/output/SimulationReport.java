package org.openv2v.simulation.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.openv2v.charts.Axis;
import org.openv2v.charts.Chart;
import org.openv2v.charts.ReportTemplates;
import org.openv2v.charts.Series;
import org.openv2v.simulation.engine.Estimate;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.network.NetworkSummary;
import org.openv2v.simulation.network.Stage;
import org.openv2v.simulation.network.Variation;
import org.openv2v.simulation.network.Withdrawal;

/**
 * The self-contained HTML reports of network simulations, rendered from the Thymeleaf template
 * templates/simulation/report.html with the platform's chart component: one run (funnel, results by
 * indication, inputs with their sources, per-replication plots), several scenarios side by side, or
 * one scenario swept over a parameter. Every figure carries its 95% interval across replications.
 */
public final class SimulationReport {

  static final ReportTemplates TEMPLATES = ReportTemplates.withBundles("simulation/messages");

  /** A row of a table: a label and one text per column. */
  public record Row(String label, List<String> values) {}

  private SimulationReport() {}

  /** Readies the template engine while the caller loads and simulates (issue 17). */
  public static void prepare(Locale locale) {
    TEMPLATES.prepareInBackground(locale);
  }

  public static String single(NetworkSummary s, NetworkScenario scenario, Locale locale) {
    return TEMPLATES.render("simulation/report", locale, view(s, scenario, locale));
  }

  /** One part of the single run's report alone: its {@code section} or its {@code v2vPlot}. */
  public static String singlePart(
      NetworkSummary s, NetworkScenario scenario, Locale locale, String part) {
    return TEMPLATES.renderPart("simulation/report", part, locale, view(s, scenario, locale));
  }

  private static Map<String, Object> view(NetworkSummary s, NetworkScenario sc, Locale locale) {
    Map<String, Object> v = base("single", locale, List.of(s));
    v.put("run", s);
    v.put("funnel", funnelRows(s, locale));
    v.put("lost", lostRows(s, locale));
    v.put("indications", indicationRows(s, locale));
    v.put(
        "indicationNames",
        s.byIndication().stream()
            .map(b -> ReportNames.indication(b.indication(), locale))
            .toList());
    // A product's or built-in scenario's name in the reader's language, else its code.
    String product = "simulation.product." + s.product();
    v.put("productName", TEMPLATES.message(product, null, s.product(), locale));
    String scenario = "simulation.scenario." + s.scenario();
    v.put("scenarioName", TEMPLATES.message(scenario, null, s.scenario(), locale));
    v.put("inputs", sc == null ? List.of() : ReportNames.inputRows(sc.inputs(), locale));
    v.put("byIndicationDefaults", sc == null ? List.of() : defaultsRows(sc, locale));
    v.put("funnelChart", SimulationCharts.funnelChart(s, locale));
    v.put("replicationChart", SimulationCharts.replicationChart(s, locale));
    v.put("replicationDaysChart", SimulationCharts.replicationDaysChart(s, locale));
    v.put("v2vChart", SimulationCharts.v2vChart(s, locale));
    v.put("waitlistChart", SimulationCharts.waitlistChart(s, locale));
    v.put("utilizationChart", SimulationCharts.utilizationChart(s, locale));
    return v;
  }

  public static String comparison(List<NetworkSummary> summaries, Locale locale) {
    Map<String, Object> v = base("comparison", locale, summaries);
    List<String> names = summaries.stream().map(NetworkSummary::scenario).toList();
    v.put(
        "compareInfused",
        SimulationCharts.categoryBars(
            t(locale, "simulation.report.fractionInfused"),
            names,
            summaries.stream().mapToDouble(s -> 100 * s.fractionInfused().mean()).toArray(),
            t(locale, "simulation.report.axis.scenario"),
            t(locale, "simulation.report.axis.percentInfused"),
            "%",
            locale));
    v.put(
        "compareDays",
        SimulationCharts.categoryBars(
            t(locale, "simulation.report.r2iMedian"),
            names,
            summaries.stream().mapToDouble(s -> s.referralToInfusion().p50()).toArray(),
            t(locale, "simulation.report.axis.scenario"),
            t(locale, "simulation.report.axis.days"),
            t(locale, "simulation.report.unit.days"),
            locale));
    return TEMPLATES.render("simulation/report", locale, v);
  }

  public static String sensitivity(
      Variation variation, List<NetworkSummary> summaries, Locale locale) {
    Map<String, Object> v = base("sensitivity", locale, summaries);
    v.put("parameter", variation.parameter());
    double[] xs = variation.values().stream().mapToDouble(Double::doubleValue).toArray();
    int[] order =
        IntStream.range(0, xs.length)
            .boxed()
            .sorted((a, b) -> Double.compare(xs[a], xs[b]))
            .mapToInt(Integer::intValue)
            .toArray();
    double[] x = new double[xs.length];
    double[] y = new double[xs.length];
    double[] lo = new double[xs.length];
    double[] hi = new double[xs.length];
    double[] days = new double[xs.length];
    double[] daysLo = new double[xs.length];
    double[] daysHi = new double[xs.length];
    for (int k = 0; k < order.length; k++) {
      NetworkSummary s = summaries.get(order[k]);
      x[k] = xs[order[k]];
      y[k] = 100 * s.fractionInfused().mean();
      lo[k] = 100 * s.fractionInfused().lower();
      hi[k] = 100 * s.fractionInfused().upper();
      Estimate d = s.intervals().get("referralToInfusionDays.p50");
      days[k] = s.referralToInfusion().p50();
      daysLo[k] = d.lower();
      daysHi[k] = d.upper();
    }
    String xTitle = variation.parameter();
    v.put(
        "sweepInfused",
        Chart.builder(t(locale, "simulation.report.fractionInfused"), locale)
            .x(Axis.numbers(xTitle, variation.unit()))
            .y(Axis.numbers(t(locale, "simulation.report.axis.percentInfused"), "%").fromZero())
            .series(
                Series.band(t(locale, "simulation.report.ci95"), x, lo, hi),
                Series.line(t(locale, "simulation.report.mean"), x, y).withMarkers())
            .build());
    v.put(
        "sweepDays",
        Chart.builder(t(locale, "simulation.report.r2iMedian"), locale)
            .x(Axis.numbers(xTitle, variation.unit()))
            .y(
                Axis.numbers(
                        t(locale, "simulation.report.axis.days"),
                        t(locale, "simulation.report.unit.days"))
                    .fromZero())
            .series(
                Series.band(t(locale, "simulation.report.ci95"), x, daysLo, daysHi),
                Series.line(t(locale, "simulation.report.median"), x, days).withMarkers())
            .build());
    return TEMPLATES.render("simulation/report", locale, v);
  }

  private static Map<String, Object> base(
      String mode, Locale locale, List<NetworkSummary> summaries) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("mode", mode);
    v.put("summaries", summaries);
    v.put("keyFigures", keyFigures(summaries, locale));
    return v;
  }

  private static List<Row> keyFigures(List<NetworkSummary> summaries, Locale locale) {
    List<Row> rows = new ArrayList<>();
    rows.add(
        row(
            t(locale, "simulation.report.referred"),
            summaries,
            s -> ci(s, "referred", s.referred())));
    rows.add(
        row(t(locale, "simulation.report.infused"), summaries, s -> ci(s, "infused", s.infused())));
    rows.add(
        row(
            t(locale, "simulation.report.fractionInfused"),
            summaries,
            s -> pct(s.fractionInfused())));
    for (String q : List.of("p10", "p50", "p90", "mean")) {
      rows.add(
          row(
              t(locale, "simulation.report.v2v." + q),
              summaries,
              s -> ci(s, "v2vDays." + q, pick(s.veinToVein(), q))));
    }
    for (String q : List.of("p10", "p50", "p90", "mean")) {
      rows.add(
          row(
              t(locale, "simulation.report.r2i." + q),
              summaries,
              s -> ci(s, "referralToInfusionDays." + q, pick(s.referralToInfusion(), q))));
    }
    for (Withdrawal w : Withdrawal.values()) {
      rows.add(
          row(
              t(locale, "simulation.report.withdrawn", t(locale, "simulation.cause." + w.key())),
              summaries,
              s -> ci(s, "withdrawn." + w.key(), s.withdrawn().get(w))));
    }
    rows.add(
        row(
            t(locale, "simulation.report.waitlist"),
            summaries,
            s -> ci(s, "waitlist.mean", s.waitlistMean()) + " / " + fmt(s.waitlistMax())));
    rows.add(
        row(
            t(locale, "simulation.report.stillWaiting"),
            summaries,
            s -> ci(s, "stillWaitingAtEnd", s.censored())));
    rows.add(
        row(
            t(locale, "simulation.report.littlesLaw"),
            summaries,
            s -> fmt(s.littlesLaw().meanInPathway()) + " ≈ " + fmt(s.littlesLaw().lambdaW())));
    return rows;
  }

  private static List<Row> funnelRows(NetworkSummary s, Locale locale) {
    List<Row> rows = new ArrayList<>();
    double referred = s.funnel().reached().get(Stage.REFERRED).mean();
    for (Stage stage : Stage.values()) {
      Estimate e = s.funnel().reached().get(stage);
      rows.add(
          new Row(
              t(locale, "simulation.stage." + stage.key()),
              List.of(
                  ci(e),
                  referred > 0
                      ? String.format(Locale.ROOT, "%.1f%%", 100 * e.mean() / referred)
                      : "–")));
    }
    return rows;
  }

  private static List<Row> lostRows(NetworkSummary s, Locale locale) {
    List<Row> rows = new ArrayList<>();
    for (Withdrawal w : Withdrawal.values()) {
      rows.add(
          new Row(
              t(locale, "simulation.cause." + w.key()),
              List.of(
                  ci(s.funnel().lostBeforeApheresis().get(w)),
                  ci(s.funnel().lostAfterApheresis().get(w)))));
    }
    return rows;
  }

  private static List<Row> indicationRows(NetworkSummary s, Locale locale) {
    List<NetworkSummary.ByIndication> all = s.byIndication();
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            t(locale, "simulation.report.referred"),
            all.stream().map(b -> ci(b.referred())).toList()));
    rows.add(
        new Row(
            t(locale, "simulation.report.infused"),
            all.stream().map(b -> ci(b.infused())).toList()));
    rows.add(
        new Row(
            t(locale, "simulation.report.fractionInfused"),
            all.stream().map(b -> pct(b.fractionInfused())).toList()));
    rows.add(
        new Row(
            t(locale, "simulation.report.v2v.p50"),
            all.stream().map(b -> ci(b.veinToVein().p50())).toList()));
    rows.add(
        new Row(
            t(locale, "simulation.report.r2i.p50"),
            all.stream().map(b -> ci(b.referralToInfusion().p50())).toList()));
    for (Withdrawal w : Withdrawal.values()) {
      rows.add(
          new Row(
              t(locale, "simulation.report.withdrawn", t(locale, "simulation.cause." + w.key())),
              all.stream().map(b -> ci(b.withdrawn().get(w))).toList()));
    }
    rows.add(
        new Row(
            t(locale, "simulation.report.meanAge"),
            all.stream().map(b -> ci(b.meanAgeYears())).toList()));
    rows.add(
        new Row(
            t(locale, "simulation.report.female"),
            all.stream().map(b -> pct(b.femaleFraction())).toList()));
    return rows;
  }

  /** Hazards and demographics per indication, saying whether the file or the default gave them. */
  private static List<Row> defaultsRows(NetworkScenario scenario, Locale locale) {
    List<Row> rows = new ArrayList<>();
    for (String indication :
        scenario.arrivals().stream()
            .map(NetworkScenario.Arrivals::indication)
            .distinct()
            .toList()) {
      NetworkScenario.Hazards h = scenario.hazards().get(indication);
      NetworkScenario.Population p = scenario.populationOf(indication);
      boolean own =
          scenario.inputs().stream()
              .anyMatch(i -> i.field().startsWith("hazards." + indication + "."));
      rows.add(
          new Row(
              ReportNames.indication(indication, locale),
              List.of(
                  String.format(Locale.ROOT, "%.5f", h.progressionPerDay()),
                  String.format(Locale.ROOT, "%.5f", h.deathPerDay()),
                  String.format(Locale.ROOT, "%.2f", h.afterApheresis()),
                  p == null
                      ? "–"
                      : String.format(
                          Locale.ROOT, "%.0f (%.0f–%.0f)", p.medianAge(), p.minAge(), p.maxAge()),
                  p == null ? "–" : pct(p.femaleFraction()),
                  t(
                      locale,
                      own
                          ? "simulation.report.defaults.file"
                          : "simulation.report.defaults.default"))));
    }
    return rows;
  }

  private static Row row(
      String label, List<NetworkSummary> summaries, Function<NetworkSummary, String> value) {
    return new Row(label, summaries.stream().map(value).toList());
  }

  private static double pick(NetworkSummary.Days d, String q) {
    return switch (q) {
      case "p10" -> d.p10();
      case "p50" -> d.p50();
      case "p90" -> d.p90();
      default -> d.mean();
    };
  }

  /** The pooled value with the interval across replications of the same figure. */
  private static String ci(NetworkSummary s, String key, double value) {
    Estimate e = s.intervals().get(key);
    return e == null ? fmt(value) : fmt(value) + " (" + fmt(e.lower()) + "–" + fmt(e.upper()) + ")";
  }

  static String ci(Estimate e) {
    return fmt(e.mean()) + " (" + fmt(e.lower()) + "–" + fmt(e.upper()) + ")";
  }

  static String pct(Estimate e) {
    return pct(e.mean()) + " (" + pct(e.lower()) + "–" + pct(e.upper()) + ")";
  }

  private static String pct(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f%%", 100 * value) : "–";
  }

  static String fmt(double value) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.equals("-0.0") ? "0.0" : text;
  }

  static String t(Locale locale, String key, Object... args) {
    return TEMPLATES.message(key, args, key, locale);
  }
}
