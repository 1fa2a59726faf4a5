package org.openv2v.simulation.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.openv2v.charts.Axis;
import org.openv2v.charts.Chart;
import org.openv2v.charts.Series;
import org.openv2v.simulation.engine.Estimate;
import org.openv2v.simulation.network.NetworkSummary;
import org.openv2v.simulation.network.Stage;

/**
 * The plots of a network simulation's report: the journey funnel, results per replication, vein to
 * vein times, the waitlist and the use of each resource, each with the platform's chart component.
 */
final class SimulationCharts {

  private SimulationCharts() {}

  static Chart funnelChart(NetworkSummary s, Locale locale) {
    Words w = new Words(locale);
    List<String> names = new ArrayList<>();
    double[] x = new double[Stage.values().length];
    double[] y = new double[x.length];
    double[] lo = new double[x.length];
    double[] hi = new double[x.length];
    for (Stage stage : Stage.values()) {
      int i = stage.ordinal();
      names.add(SimulationReport.t(locale, "simulation.stage." + stage.key()));
      Estimate e = s.funnel().reached().get(stage);
      x[i] = i;
      y[i] = e.mean();
      lo[i] = e.lower();
      hi[i] = e.upper();
    }
    return w.chart("funnel")
        .x(Axis.categories(w.of("axis.stage"), names))
        .y(w.fromZero("patients", "perReplication"))
        .series(Series.bars(w.of("mean"), x, y))
        .size(720, 320)
        .build();
  }

  static Chart replicationChart(NetworkSummary s, Locale locale) {
    Words w = new Words(locale);
    double[] f = s.perReplication().fractionInfused();
    double[] x = new double[f.length];
    double[] y = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      x[i] = i + 1;
      y[i] = 100 * f[i];
    }
    Estimate e = s.fractionInfused();
    return w.chart("perReplication.infused")
        .x(w.replications())
        .y(Axis.numbers(w.of("axis.percentInfused"), "%").fromZero())
        .series(Series.points(w.of("replication"), x, y))
        .horizontalLine(100 * e.mean(), w.of("mean"))
        .build();
  }

  static Chart replicationDaysChart(NetworkSummary s, Locale locale) {
    Words w = new Words(locale);
    double[] d = s.perReplication().medianReferralToInfusionDays();
    double[] x = IntStream.rangeClosed(1, d.length).asDoubleStream().toArray();
    return w.chart("perReplication.days")
        .x(w.replications())
        .y(w.fromZero("days", "days"))
        .series(Series.points(w.of("replication"), x, d))
        .build();
  }

  static Chart v2vChart(NetworkSummary s, Locale locale) {
    Words w = new Words(locale);
    long[] counts = s.veinToVeinHistogram();
    double[] edges = new double[counts.length + 1];
    double[] y = new double[counts.length];
    for (int i = 0; i <= counts.length; i++) {
      edges[i] = i * NetworkSummary.HISTOGRAM_BIN_DAYS;
    }
    for (int i = 0; i < counts.length; i++) {
      y[i] = counts[i];
    }
    return w.chart("v2vHistogram")
        .x(w.fromZero("v2v", "days"))
        .y(w.fromZero("infusedPatients", "allReplications"))
        .series(Series.histogram(w.of("patients"), edges, y))
        .verticalLine(s.veinToVein().p50(), w.of("median"))
        .build();
  }

  static Chart waitlistChart(NetworkSummary s, Locale locale) {
    Words w = new Words(locale);
    double[] months = s.monthlyWaitlist();
    double[] x = new double[months.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i / 12.0;
    }
    return w.chart("waitlistOverTime")
        .x(w.fromZero("time", "years"))
        .y(w.fromZero("waiting", "patients"))
        .series(Series.line(w.of("mean"), x, months))
        .build();
  }

  static Chart utilizationChart(NetworkSummary s, Locale locale) {
    Words w = new Words(locale);
    List<String> keys = new ArrayList<>(s.utilization().keySet());
    List<String> names = keys.stream().map(k -> ReportNames.resource(k, locale)).toList();
    double[] x = new double[names.size()];
    double[] y = new double[names.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
      y[i] = 100 * s.utilization().get(keys.get(i));
    }
    return w.chart("utilization")
        .x(Axis.categories(w.of("axis.resource"), names))
        .y(Axis.numbers(w.of("axis.busy"), "%").range(0, 100))
        .series(Series.bars(w.of("mean"), x, y))
        .size(720, 340)
        .build();
  }

  static Chart categoryBars(
      String title,
      List<String> names,
      double[] values,
      String xTitle,
      String yTitle,
      String unit,
      Locale locale) {
    double[] x = IntStream.range(0, names.size()).asDoubleStream().toArray();
    return Chart.builder(title, locale)
        .x(Axis.categories(xTitle, names))
        .y(Axis.numbers(yTitle, unit).fromZero())
        .series(Series.bars(title, x, values))
        .build();
  }

  /**
   * The report's words ({@code simulation.report.*}) in one locale, and the axes its plots share.
   */
  private record Words(Locale locale) {

    String of(String key) {
      return SimulationReport.t(locale, "simulation.report." + key);
    }

    Chart.Builder chart(String titleKey) {
      return Chart.builder(of(titleKey), locale);
    }

    /** A numeric axis from zero, titled {@code axis.NAME} in {@code unit.NAME}. */
    Axis fromZero(String axis, String unit) {
      return Axis.numbers(of("axis." + axis), of("unit." + unit)).fromZero();
    }

    /** The replications, numbered from 1, as whole numbers. */
    Axis replications() {
      return Axis.numbers(of("axis.replication"), "").decimals(0);
    }
  }
}
