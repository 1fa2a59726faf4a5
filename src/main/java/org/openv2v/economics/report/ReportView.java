package org.openv2v.economics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.openv2v.economics.scenario.Parameter;
import org.openv2v.economics.scenario.ParameterLabels;
import org.openv2v.economics.scenario.ProbabilisticAnalysis;
import org.openv2v.economics.scenario.ScenarioResult;

/**
 * What report.html shows, as words and formatted numbers for the template and charts for the shared
 * chart component: built once per report, in the reader's language.
 */
public record ReportView(
    String title,
    String description,
    String settings,
    List<List<String>> arms,
    List<List<String>> perTreated,
    String ittText,
    List<List<String>> comparison,
    List<String> categoryHeader,
    List<List<String>> categories,
    Chart survival,
    List<List<String>> survivalTargets,
    Chart plane,
    String planeNote,
    Chart acceptability,
    Chart evpi,
    Chart tornado,
    List<List<String>> tornadoRows,
    String budgetPerspective,
    Chart budget,
    List<List<String>> budgetRows,
    List<String> calibration,
    List<List<String>> inputs) {

  static ReportView of(Analysis analysis, Locale locale) {
    return new Builder(analysis, locale).build();
  }

  private static final class Builder {
    private final Analysis analysis;
    private final Locale locale;
    private final ModelSpec spec;
    private final ScenarioResult base;
    private final Words w;
    private final Figures f;
    private final String cur;
    private final Names names;

    Builder(Analysis analysis, Locale locale) {
      this.analysis = analysis;
      this.locale = locale;
      this.spec = analysis.scenario().spec();
      this.base = analysis.base();
      this.w = new Words(locale);
      this.f = new Figures(locale);
      this.cur = spec.currency();
      this.names = new Names(w, spec);
    }

    ReportView build() {
      double[] v = spec.baseValues();
      String settings =
          w.get(
              "economics.report.settings",
              spec.name(),
              cur,
              f.fixed(spec.horizonYears(), 0),
              spec.cyclesPerYear(),
              f.fixed(100 * spec.costDiscount().of(v), 1),
              f.fixed(100 * spec.effectDiscount().of(v), 1),
              f.money(base.willingnessToPay()),
              w.get(
                  base.itt().isPresent()
                      ? "economics.report.basis.referred"
                      : "economics.report.basis.treated"));
      String itt =
          base.itt()
              .map(
                  i ->
                      w.get(
                          "economics.report.itt",
                          label(i.arm()),
                          f.percent(i.fractionInfused()),
                          f.fixed(i.waitDays(), 0),
                          i.simulation().isPresent()
                              ? i.origin()
                              : w.get("economics.report.origin.model")))
              .orElse(null);
      ProbabilisticAnalysis.Result psa = analysis.psa().orElse(null);
      return new ReportView(
          names.title(),
          names.description(),
          settings,
          armRows(base.arms()),
          base.itt().isPresent() ? armRows(base.perTreated()) : List.of(),
          itt,
          comparison(),
          base.arms().stream().map(a -> names.arm(a.name())).toList(),
          categories(),
          survival(),
          SurvivalTargets.of(spec.name()).targets().stream()
              .map(t -> List.of(names.item(t.label()), t.source()))
              .toList(),
          psa == null ? null : plane(psa),
          psa == null
              ? null
              : w.get(
                  "economics.report.plane.note",
                  psa.costs().length,
                  psa.seed(),
                  f.money(base.willingnessToPay())),
          analysis.acceptability().isEmpty() ? null : acceptability(),
          analysis.acceptability().isEmpty() ? null : evpi(),
          analysis.tornado().isEmpty() ? null : tornado(),
          tornadoRows(),
          base.budget().isPresent() ? w.get("economics.report.budget.perspective") : null,
          base.budget().map(this::budgetChart).orElse(null),
          base.budget().map(this::budgetRows).orElse(List.of()),
          spec.calibration(),
          inputs());
    }

    private String label(String arm) {
      return names.arm(arm);
    }

    private List<List<String>> armRows(List<ArmOutcome> arms) {
      return arms.stream()
          .map(
              a ->
                  List.of(
                      names.arm(a.name()),
                      f.money(a.costs()),
                      f.money(a.payer()),
                      f.money(a.patient()),
                      f.fixed(a.qalys(), 3),
                      f.fixed(a.lys(), 3),
                      f.fixed(a.lysUndiscounted(), 3)))
          .toList();
    }

    private List<List<String>> comparison() {
      ScenarioResult.Comparison c = base.comparison();
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of(w.get("economics.report.cmp.costs", cur), f.money(c.costs())));
      rows.add(List.of(w.get("economics.report.cmp.qalys"), f.fixed(c.qalys(), 3)));
      rows.add(List.of(w.get("economics.report.cmp.lys"), f.fixed(c.lys(), 3)));
      rows.add(List.of(w.get("economics.report.cmp.icer", cur), f.icer(c.icer())));
      rows.add(List.of(w.get("economics.report.cmp.icerLy", cur), f.icer(c.icerPerLifeYear())));
      rows.add(
          List.of(
              w.get("economics.report.cmp.nmb", f.money(base.willingnessToPay()), cur),
              f.money(c.netMonetaryBenefit())));
      rows.add(List.of(w.get("economics.report.cmp.verdict"), verdict(c.verdict())));
      return rows;
    }

    private String verdict(String verdict) {
      String key = "economics.report.verdict." + verdict.replaceAll("[^a-z]+", "-");
      try {
        return w.get(key);
      } catch (java.util.MissingResourceException e) {
        return verdict;
      }
    }

    private List<List<String>> categories() {
      List<List<String>> rows = new ArrayList<>();
      for (CostCategory category : CostCategory.values()) {
        if (base.arms().stream().allMatch(a -> a.cost(category) == 0)) {
          continue;
        }
        List<String> row = new ArrayList<>();
        row.add(w.get("economics.report.category." + category.key()));
        base.arms().forEach(a -> row.add(f.money(a.cost(category))));
        rows.add(row);
      }
      return rows;
    }

    private Chart survival() {
      double years = Math.min(spec.horizonYears(), 10);
      Chart.Builder chart =
          Chart.builder(w.get("economics.report.survival.title"), locale)
              .x(
                  Axis.numbers(
                          w.get("economics.report.survival.x"),
                          w.get("economics.report.unit.years"))
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

    private Chart plane(ProbabilisticAnalysis.Result psa) {
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

    private Chart acceptability() {
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
        chart.series(Series.line(label(arms.get(a)), x, y));
      }
      return chart.build();
    }

    private Chart evpi() {
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

    private Chart tornado() {
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

    private List<List<String>> tornadoRows() {
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
     * Net of the comparator: the referred patients' costs with the intervention (as the budget
     * impact counts them) less the same patients' costs had they all had the comparator, both from
     * the health-care payer's side: travel, which patients pay, is left out of both.
     */
    private double[] comparatorWorld(BudgetImpact budget) {
      ArmOutcome comparator =
          base.arms().stream()
              .filter(a -> a.name().equals(base.comparison().comparator()))
              .findFirst()
              .orElseThrow();
      List<BudgetImpact.Year> years = budget.years();
      double[] spend = new double[years.size()];
      for (int y = 0; y < years.size(); y++) {
        for (int cohort = 0; cohort <= y; cohort++) {
          int age = y - cohort;
          if (age < comparator.byYear().length) {
            double[] c = comparator.byYear()[age];
            double total = 0;
            for (CostCategory category : CostCategory.values()) {
              if (category != CostCategory.TRAVEL) {
                total += c[category.ordinal()];
              }
            }
            spend[y] += years.get(cohort).patients() * total;
          }
        }
      }
      return spend;
    }

    private double[] interventionTravel(BudgetImpact budget) {
      ArmOutcome arm =
          base.arms().stream()
              .filter(a -> a.name().equals(base.comparison().intervention()))
              .findFirst()
              .orElseThrow();
      List<BudgetImpact.Year> years = budget.years();
      double[] travel = new double[years.size()];
      for (int y = 0; y < years.size(); y++) {
        for (int cohort = 0; cohort <= y; cohort++) {
          int age = y - cohort;
          if (age < arm.byYear().length) {
            travel[y] +=
                years.get(cohort).patients() * arm.byYear()[age][CostCategory.TRAVEL.ordinal()];
          }
        }
      }
      return travel;
    }

    private Chart budgetChart(BudgetImpact budget) {
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

    private List<List<String>> budgetRows(BudgetImpact budget) {
      double[] comparator = comparatorWorld(budget);
      double[] travel = interventionTravel(budget);
      List<List<String>> rows = new ArrayList<>();
      for (int y = 0; y < budget.years().size(); y++) {
        BudgetImpact.Year year = budget.years().get(y);
        double gross = year.total() - travel[y];
        rows.add(
            List.of(
                w.get("economics.report.budget.year", year.year()),
                f.fixed(year.patients(), 0),
                f.money(year.drug()),
                f.money(year.refunds() + year.capRefund()),
                f.money(gross),
                f.money(comparator[y]),
                f.money(gross - comparator[y])));
      }
      return rows;
    }

    private List<List<String>> inputs() {
      List<List<String>> rows = new ArrayList<>();
      for (Parameter p : spec.parameters()) {
        if (p.line() == 0) {
          continue;
        }
        rows.add(
            List.of(
                parameterLabel(p.name()),
                f.input(p.base()),
                p.distribution().map(d -> w.word(d.type())).orElse("–"),
                p.low() == p.high() ? "–" : f.bound(p.low()) + " – " + f.bound(p.high()),
                p.source()));
      }
      return rows;
    }

    private String parameterLabel(String path) {
      return ParameterLabels.of(spec, path).stream()
          .map(part -> part.key() ? w.word(part.text()) : names.item(part.text()))
          .collect(Collectors.joining(" · "));
    }
  }
}
