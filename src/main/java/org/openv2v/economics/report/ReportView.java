package org.openv2v.economics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.openv2v.charts.Chart;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.scenario.Analysis;
import org.openv2v.economics.scenario.ArmOutcome;
import org.openv2v.economics.scenario.BudgetImpact;
import org.openv2v.economics.scenario.ModelSpec;
import org.openv2v.economics.scenario.Parameter;
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
    private final ReportCharts charts;

    Builder(Analysis analysis, Locale locale) {
      this.analysis = analysis;
      this.locale = locale;
      this.spec = analysis.scenario().spec();
      this.base = analysis.base();
      this.w = new Words(locale);
      this.f = new Figures(locale);
      this.cur = spec.currency();
      this.names = new Names(w, spec);
      this.charts = new ReportCharts(analysis, locale, w, f, names);
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
          charts.survival(),
          SurvivalTargets.of(spec.name()).targets().stream()
              .map(t -> List.of(names.item(t.label()), t.source()))
              .toList(),
          psa == null ? null : charts.plane(psa),
          psa == null
              ? null
              : w.get(
                  "economics.report.plane.note",
                  psa.costs().length,
                  psa.seed(),
                  f.money(base.willingnessToPay())),
          analysis.acceptability().isEmpty() ? null : charts.acceptability(),
          analysis.acceptability().isEmpty() ? null : charts.evpi(),
          analysis.tornado().isEmpty() ? null : charts.tornado(),
          charts.tornadoRows(),
          base.budget().isPresent() ? w.get("economics.report.budget.perspective") : null,
          base.budget().map(charts::budgetChart).orElse(null),
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
      } catch (MissingResourceException e) {
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

    private List<List<String>> budgetRows(BudgetImpact budget) {
      double[] comparator = charts.comparatorWorld(budget);
      double[] travel = charts.interventionTravel(budget);
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
                charts.parameterLabel(p.name()),
                f.input(p.base()),
                p.distribution().map(d -> w.word(d.type())).orElse("–"),
                p.low() == p.high() ? "–" : f.bound(p.low()) + " – " + f.bound(p.high()),
                p.source()));
      }
      return rows;
    }
  }
}
