package org.openv2v.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.openv2v.economics.model.BackgroundMortality;
import org.openv2v.economics.model.BackgroundMortality.Sex;
import org.openv2v.economics.model.CohortTrace;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.scenario.ArmOutcome;
import org.openv2v.economics.scenario.BuiltInModels;
import org.openv2v.economics.scenario.LifeTables;
import org.openv2v.economics.scenario.Scenario;
import org.openv2v.economics.scenario.ScenarioResult;

/**
 * The targets of targets.csv, each answered by the built-in economic models or the life table: the
 * model's base case, evaluated once per model.
 */
final class ModelChecks {

  /** KRW per USD implied by Kymriah's Korean price in both currencies (evidence.md §6.5). */
  static final double KRW_PER_USD = 360_039_359.0 / 296_138;

  private final ScenarioResult us = evaluate("us-axicel-site-of-care");
  private final ScenarioResult korea = evaluate("korea-tisacel-dlbcl");
  private final BackgroundMortality kostat = LifeTables.named("kostat-2018");

  private final Map<String, Function<ModelChecks, Double>> results =
      Map.ofEntries(
          Map.entry("kostat-e0-male", m -> m.kostat.lifeExpectancy(0, Sex.MALE)),
          Map.entry("kostat-e0-female", m -> m.kostat.lifeExpectancy(0, Sex.FEMALE)),
          Map.entry("kostat-e60-male", m -> m.kostat.lifeExpectancy(60, Sex.MALE)),
          Map.entry("kostat-e60-female", m -> m.kostat.lifeExpectancy(60, Sex.FEMALE)),
          Map.entry("lyman-academic-total", m -> m.academic().costs()),
          Map.entry("lyman-community-total", m -> m.community().costs()),
          Map.entry("lyman-difference", m -> m.academic().costs() - m.community().costs()),
          Map.entry("lyman-product", m -> m.academic().cost(CostCategory.DRUG)),
          Map.entry("lyman-hospital-difference", m -> m.siteDifference(CostCategory.HOSPITAL)),
          Map.entry("lyman-ae-difference", m -> m.siteDifference(CostCategory.ADVERSE_EVENTS)),
          Map.entry("zuma1-deaths-year-1", m -> 1 - alive(m.usTrace(), 1)),
          Map.entry("zuma1-os-5-years", m -> alive(m.usTrace(), 5)),
          Map.entry("drst-os-12-months", m -> alive(m.koreaTrace(0), 1)),
          Map.entry("drst-pfs-12-months", m -> progressionFree(m.koreaTrace(0), 1)),
          Map.entry("salvage-median-os", m -> medianMonths(m.koreaTrace(1))),
          Map.entry("juliet-not-infused", m -> 1 - m.korea.itt().orElseThrow().fractionInfused()),
          Map.entry(
              "korea-icer-usd", m -> m.korea.comparison().icer().orElse(Double.NaN) / KRW_PER_USD),
          Map.entry("korea-tisacel-qalys", m -> m.korea.perTreated().get(0).qalys()));

  static List<Check> checks(Locale locale) {
    ModelChecks models = new ModelChecks();
    List<Check> checks = new ArrayList<>();
    for (CSVRecord row : Rows.read("targets.csv")) {
      String id = row.get("id");
      Function<ModelChecks, Double> result = models.results.get(id);
      if (result == null) {
        throw new IllegalStateException("targets.csv names " + id + ", which no check computes");
      }
      double published = Rows.number(row, "published");
      String kind = row.get("toleranceKind");
      double tolerance = Rows.number(row, "tolerance");
      double[] range = Check.interval(published, kind, tolerance);
      checks.add(
          Check.of(
              row.get("group"),
              id,
              Rows.localized(row, "target", locale),
              row.get("source"),
              published,
              result.apply(models),
              Unit.of(row.get("unit")),
              kind,
              tolerance,
              range[0],
              range[1],
              Rows.localized(row, "note", locale)));
    }
    return checks;
  }

  private static ScenarioResult evaluate(String model) {
    return new Scenario(BuiltInModels.load(model), Optional.empty()).evaluate();
  }

  private ArmOutcome academic() {
    return us.arm("academic-inpatient");
  }

  private ArmOutcome community() {
    return us.arm("community-outpatient");
  }

  private double siteDifference(CostCategory category) {
    return academic().cost(category) - community().cost(category);
  }

  private CohortTrace usTrace() {
    return us.perTreated().get(0).trace().orElseThrow();
  }

  private CohortTrace koreaTrace(int arm) {
    return korea.perTreated().get(arm).trace().orElseThrow();
  }

  private static int cycle(CohortTrace trace, double years) {
    return (int) Math.round(years / trace.cycleYears());
  }

  private static double alive(CohortTrace trace, double years) {
    return trace.alive(cycle(trace, years));
  }

  private static double progressionFree(CohortTrace trace, double years) {
    return trace.share(0, cycle(trace, years));
  }

  /** The first month at which fewer than half are alive, interpolated between cycles. */
  private static double medianMonths(CohortTrace trace) {
    for (int k = 1; k < trace.cycles(); k++) {
      double before = trace.alive(k - 1);
      double after = trace.alive(k);
      if (after < 0.5) {
        double fraction = (before - 0.5) / (before - after);
        return (k - 1 + fraction) * trace.cycleYears() * 12;
      }
    }
    return Double.NaN;
  }
}
