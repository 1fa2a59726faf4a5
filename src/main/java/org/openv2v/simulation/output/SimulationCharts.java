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
    return Chart.builder(SimulationReport.t(locale, "simulation.report.funnel"), locale)
        .x(Axis.categories(SimulationReport.t(locale, "simulation.report.axis.stage"), names))
        .y(
            Axis.numbers(
                    SimulationReport.t(locale, "simulation.report.axis.patients"),
                    SimulationReport.t(locale, "simulation.report.unit.perReplication"))
                .fromZero())
        .series(Series.bars(SimulationReport.t(locale, "simulation.report.mean"), x, y))
        .size(720, 320)
        .build();
  }

  static Chart replicationChart(NetworkSummary s, Locale locale) {
    double[] f = s.perReplication().fractionInfused();
    double[] x = new double[f.length];
    double[] y = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      x[i] = i + 1;
      y[i] = 100 * f[i];
    }
    Estimate e = s.fractionInfused();
    return Chart.builder(
            SimulationReport.t(locale, "simulation.report.perReplication.infused"), locale)
        .x(
            Axis.numbers(SimulationReport.t(locale, "simulation.report.axis.replication"), "")
                .decimals(0))
        .y(
            Axis.numbers(SimulationReport.t(locale, "simulation.report.axis.percentInfused"), "%")
                .fromZero())
        .series(Series.points(SimulationReport.t(locale, "simulation.report.replication"), x, y))
        .horizontalLine(100 * e.mean(), SimulationReport.t(locale, "simulation.report.mean"))
        .build();
  }

  static Chart replicationDaysChart(NetworkSummary s, Locale locale) {
    double[] d = s.perReplication().medianReferralToInfusionDays();
    double[] x = IntStream.rangeClosed(1, d.length).asDoubleStream().toArray();
    return Chart.builder(
            SimulationReport.t(locale, "simulation.report.perReplication.days"), locale)
        .x(
            Axis.numbers(SimulationReport.t(locale, "simulation.report.axis.replication"), "")
                .decimals(0))
        .y(
            Axis.numbers(
                    SimulationReport.t(locale, "simulation.report.axis.days"),
                    SimulationReport.t(locale, "simulation.report.unit.days"))
                .fromZero())
        .series(Series.points(SimulationReport.t(locale, "simulation.report.replication"), x, d))
        .build();
  }

  static Chart v2vChart(NetworkSummary s, Locale locale) {
    long[] counts = s.veinToVeinHistogram();
    double[] edges = new double[counts.length + 1];
    double[] y = new double[counts.length];
    for (int i = 0; i <= counts.length; i++) {
      edges[i] = i * NetworkSummary.HISTOGRAM_BIN_DAYS;
    }
    for (int i = 0; i < counts.length; i++) {
      y[i] = counts[i];
    }
    return Chart.builder(SimulationReport.t(locale, "simulation.report.v2vHistogram"), locale)
        .x(
            Axis.numbers(
                    SimulationReport.t(locale, "simulation.report.axis.v2v"),
                    SimulationReport.t(locale, "simulation.report.unit.days"))
                .fromZero())
        .y(
            Axis.numbers(
                    SimulationReport.t(locale, "simulation.report.axis.infusedPatients"),
                    SimulationReport.t(locale, "simulation.report.unit.allReplications"))
                .fromZero())
        .series(
            Series.histogram(SimulationReport.t(locale, "simulation.report.patients"), edges, y))
        .verticalLine(s.veinToVein().p50(), SimulationReport.t(locale, "simulation.report.median"))
        .build();
  }

  static Chart waitlistChart(NetworkSummary s, Locale locale) {
    double[] months = s.monthlyWaitlist();
    double[] x = new double[months.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i / 12.0;
    }
    return Chart.builder(SimulationReport.t(locale, "simulation.report.waitlistOverTime"), locale)
        .x(
            Axis.numbers(
                    SimulationReport.t(locale, "simulation.report.axis.time"),
                    SimulationReport.t(locale, "simulation.report.unit.years"))
                .fromZero())
        .y(
            Axis.numbers(
                    SimulationReport.t(locale, "simulation.report.axis.waiting"),
                    SimulationReport.t(locale, "simulation.report.unit.patients"))
                .fromZero())
        .series(Series.line(SimulationReport.t(locale, "simulation.report.mean"), x, months))
        .build();
  }

  static Chart utilizationChart(NetworkSummary s, Locale locale) {
    List<String> keys = new ArrayList<>(s.utilization().keySet());
    List<String> names = keys.stream().map(k -> SimulationReport.resource(k, locale)).toList();
    double[] x = new double[names.size()];
    double[] y = new double[names.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
      y[i] = 100 * s.utilization().get(keys.get(i));
    }
    return Chart.builder(SimulationReport.t(locale, "simulation.report.utilization"), locale)
        .x(Axis.categories(SimulationReport.t(locale, "simulation.report.axis.resource"), names))
        .y(
            Axis.numbers(SimulationReport.t(locale, "simulation.report.axis.busy"), "%")
                .range(0, 100))
        .series(Series.bars(SimulationReport.t(locale, "simulation.report.mean"), x, y))
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
}
