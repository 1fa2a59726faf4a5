package org.openv2v.economics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.openv2v.charts.Axis;
import org.openv2v.charts.Chart;
import org.openv2v.charts.Series;
import org.openv2v.economics.model.CohortTrace;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.scenario.Analysis;
import org.openv2v.economics.scenario.ArmOutcome;
import org.openv2v.economics.scenario.BudgetImpact;
import org.openv2v.economics.scenario.ModelSpec;
import org.openv2v.economics.scenario.OneWaySensitivity;
import org.openv2v.economics.scenario.ParameterLabels;
import org.openv2v.economics.scenario.ProbabilisticAnalysis;
import org.openv2v.economics.scenario.ScenarioResult;

/**
 * The charts of an economic evaluation's report (survival, the cost-effectiveness plane, the
 * acceptability curve, EVPI, the tornado and the budget impact) with the tornado's and budget's
 * figures they share, in the reader's language, for the shared chart component.
 */
final class ReportCharts {

  private final Analysis analysis;
  private final Locale locale;
  private final ModelSpec spec;
  private final ScenarioResult base;
  private final Words w;
  private final Figures f;
  private final String cur;
  private final Names names;

  ReportCharts(Analysis analysis, Locale locale, Words w, Figures f, Names names) {
    this.analysis = analysis;
    this.locale = locale;
    this.spec = analysis.scenario().spec();
    this.base = analysis.base();
    this.w = w;
    this.f = f;
    this.cur = spec.currency();
    this.names = names;
  }

  Chart survival() {
    double years = Math.min(spec.horizonYears(), 10);
    Chart.Builder chart =
        Chart.builder(w.get("economics.report.survival.title"), locale)
            .x(
                Axis.numbers(
                        w.get("economics.report.survival.x"), w.get("economics.report.unit.years"))
                    .range(0, years))
            .y(Axis.numbers(w.get("economics.report.survival.y"), "%").range(0, 100))
            .size(760, 340);
    for (ArmOutcome arm : base.perTreated()) {
      if (arm.trace().isEmpty()) {
        continue;
      }
      CohortTrace trace = arm.trace().get();
      int n = Math.min(trace.cycles(), (int) Math.round(years / trace.cycleYears()));
      double[] t = new double[n + 1];
      double[] alive = new double[n + 1];
      double[] first = new double[n + 1];
      for (int k = 0; k <= n; k++) {
        t[k] = k * trace.cycleYears();
        alive[k] = 100 * trace.alive(k);
        first[k] = 100 * trace.share(0, k);
      }
      chart.series(
          Series.line(w.get("economics.report.survival.os", names.arm(arm.name())), t, alive),
          Series.line(w.get("economics.report.survival.pfs", names.arm(arm.name())), t, first));
    }
    List<SurvivalTargets.Target> targets = SurvivalTargets.of(spec.name()).targets();
    if (!targets.isEmpty()) {
      chart.series(
          Series.points(
              w.get("economics.report.survival.targets"),
              targets.stream().mapToDouble(SurvivalTargets.Target::years).toArray(),
              targets.stream().mapToDouble(t -> 100 * t.value()).toArray()));
    }
    return chart.build();
  }

  Chart plane(ProbabilisticAnalysis.Result psa) {
    int i = psa.arms().indexOf(base.comparison().intervention());
    int c = psa.arms().indexOf(base.comparison().comparator());
    int n = psa.costs().length;
    int step = Math.max(1, n / 1000);
    int shown = (n + step - 1) / step;
    double[] dq = new double[shown];
    double[] dc = new double[shown];
    double qMax = 0;
    double qMin = 0;
    double cMax = 0;
    for (int k = 0, j = 0; k < n; k += step, j++) {
      dq[j] = psa.qalys()[k][i] - psa.qalys()[k][c];
      dc[j] = psa.costs()[k][i] - psa.costs()[k][c];
      qMax = Math.max(qMax, dq[j]);
      qMin = Math.min(qMin, dq[j]);
      cMax = Math.max(cMax, dc[j]);
    }
    double wtp = base.willingnessToPay();
    double qEnd = wtp > 0 && cMax > 0 ? Math.min(qMax, cMax / wtp) : qMax;
    return Chart.builder(w.get("economics.report.plane.title"), locale)
        .x(Axis.numbers(w.get("economics.report.plane.x"), "QALY"))
        .y(Axis.numbers(w.get("economics.report.plane.y"), cur))
        .series(
            Series.points(w.get("economics.report.plane.iterations"), dq, dc),
            Series.line(
                w.get("economics.report.plane.threshold", f.money(wtp)),
                new double[] {Math.min(0, qMin), qEnd},
                new double[] {wtp * Math.min(0, qMin), wtp * qEnd}),
            Series.points(
                w.get("economics.report.plane.base"),
                new double[] {base.comparison().qalys()},
                new double[] {base.comparison().costs()}))
        .size(760, 380)
        .build();
  }

  Chart acceptability() {
    List<Analysis.WtpPoint> points = analysis.acceptability();
    List<String> arms = analysis.psa().orElseThrow().arms();
    double[] x = points.stream().mapToDouble(Analysis.WtpPoint::willingnessToPay).toArray();
    Chart.Builder chart =
        Chart.builder(w.get("economics.report.ceac.title"), locale)
            .x(
                Axis.numbers(
                        w.get("economics.report.ceac.x"),
                        w.get("economics.report.unit.perQaly", cur))
                    .fromZero())
            .y(Axis.numbers(w.get("economics.report.ceac.y"), "%").range(0, 100))
            .verticalLine(
                base.willingnessToPay(),
                w.get("economics.report.threshold", f.money(base.willingnessToPay())))
            .size(760, 320);
    for (int a = 0; a < arms.size(); a++) {
      int arm = a;
      double[] y =
          points.stream().mapToDouble(p -> 100 * p.probabilityCostEffective()[arm]).toArray();
      chart.series(Series.line(names.arm(arms.get(a)), x, y));
    }
    return chart.build();
  }

  Chart evpi() {
    List<Analysis.WtpPoint> points = analysis.acceptability();
    double[] x = points.stream().mapToDouble(Analysis.WtpPoint::willingnessToPay).toArray();
    double[] y = points.stream().mapToDouble(Analysis.WtpPoint::evpi).toArray();
    return Chart.builder(w.get("economics.report.evpi.title"), locale)
        .x(
            Axis.numbers(
                    w.get("economics.report.ceac.x"), w.get("economics.report.unit.perQaly", cur))
                .fromZero())
        .y(Axis.numbers(w.get("economics.report.evpi.y"), cur).fromZero())
        .verticalLine(
            base.willingnessToPay(),
            w.get("economics.report.threshold", f.money(base.willingnessToPay())))
        .series(Series.line(w.get("economics.report.evpi.series"), x, y))
        .size(760, 300)
        .build();
  }

  Chart tornado() {
    List<OneWaySensitivity.Bar> bars = analysis.tornado();
    List<String> names = new ArrayList<>();
    double[] x = new double[bars.size()];
    double[] low = new double[bars.size()];
    double[] high = new double[bars.size()];
    for (int k = 0; k < bars.size(); k++) {
      names.add(String.valueOf(k + 1));
      x[k] = k;
      low[k] = bars.get(k).nmbAtLow();
      high[k] = bars.get(k).nmbAtHigh();
    }
    return Chart.builder(w.get("economics.report.tornado.title"), locale)
        .x(Axis.categories(w.get("economics.report.tornado.x"), names))
        .y(Axis.numbers(w.get("economics.report.tornado.y"), cur))
        .series(
            Series.bars(w.get("economics.report.tornado.low"), x, low),
            Series.bars(w.get("economics.report.tornado.high"), x, high))
        .horizontalLine(
            base.comparison().netMonetaryBenefit(), w.get("economics.report.tornado.base"))
        .size(760, 340)
        .build();
  }

  List<List<String>> tornadoRows() {
    List<OneWaySensitivity.Bar> bars = analysis.tornado();
    List<List<String>> rows = new ArrayList<>();
    for (int k = 0; k < bars.size(); k++) {
      OneWaySensitivity.Bar b = bars.get(k);
      rows.add(
          List.of(
              String.valueOf(k + 1),
              parameterLabel(b.parameter()),
              f.bound(b.low()) + " – " + f.bound(b.high()),
              f.money(b.nmbAtLow()),
              f.money(b.nmbAtHigh())));
    }
    return rows;
  }

  /**
   * Net of the comparator: the referred patients' costs with the intervention (as the budget impact
   * counts them) less the same patients' costs had they all had the comparator, both from the
   * health-care payer's side: travel, which patients pay, is left out of both.
   */
  double[] comparatorWorld(BudgetImpact budget) {
    return perCalendarYear(budget, arm(base.comparison().comparator()), ReportCharts::payerCosts);
  }

  double[] interventionTravel(BudgetImpact budget) {
    return perCalendarYear(
        budget, arm(base.comparison().intervention()), c -> c[CostCategory.TRAVEL.ordinal()]);
  }

  private ArmOutcome arm(String name) {
    return base.arms().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * Each calendar year of the budget, summed over the cohorts referred by then: a cohort's patients
   * times {@code cost} of the arm's costs in that year of their course.
   */
  private static double[] perCalendarYear(
      BudgetImpact budget, ArmOutcome arm, ToDoubleFunction<double[]> cost) {
    List<BudgetImpact.Year> years = budget.years();
    double[] sums = new double[years.size()];
    for (int y = 0; y < years.size(); y++) {
      for (int cohort = 0; cohort <= y; cohort++) {
        int age = y - cohort;
        if (age < arm.byYear().length) {
          sums[y] += years.get(cohort).patients() * cost.applyAsDouble(arm.byYear()[age]);
        }
      }
    }
    return sums;
  }

  /** One year's costs to the payer: every category but travel, which patients pay. */
  private static double payerCosts(double[] byCategory) {
    double total = 0;
    for (CostCategory category : CostCategory.values()) {
      if (category != CostCategory.TRAVEL) {
        total += byCategory[category.ordinal()];
      }
    }
    return total;
  }

  Chart budgetChart(BudgetImpact budget) {
    double[] comparator = comparatorWorld(budget);
    double[] travel = interventionTravel(budget);
    int n = budget.years().size();
    double[] x = new double[n];
    double[] gross = new double[n];
    double[] without = new double[n];
    double[] net = new double[n];
    List<String> names = new ArrayList<>();
    for (int y = 0; y < n; y++) {
      x[y] = y;
      names.add(w.get("economics.report.budget.year", budget.years().get(y).year()));
      gross[y] = budget.years().get(y).total() - travel[y];
      without[y] = comparator[y];
      net[y] = gross[y] - without[y];
    }
    return Chart.builder(w.get("economics.report.budget.title"), locale)
        .x(Axis.categories(w.get("economics.report.budget.x"), names))
        .y(Axis.numbers(w.get("economics.report.budget.y"), cur))
        .series(
            Series.bars(w.get("economics.report.budget.with"), x, gross),
            Series.bars(w.get("economics.report.budget.without"), x, without),
            Series.bars(w.get("economics.report.budget.net"), x, net))
        .size(760, 340)
        .build();
  }

  String parameterLabel(String path) {
    return ParameterLabels.of(spec, path).stream()
        .map(part -> part.key() ? w.word(part.text()) : names.item(part.text()))
        .collect(Collectors.joining(" · "));
  }
}
