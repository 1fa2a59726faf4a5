package org.openv2v.economics.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.model.IncrementalAnalysis;
import org.openv2v.economics.scenario.Analysis;
import org.openv2v.economics.scenario.ArmOutcome;
import org.openv2v.economics.scenario.BudgetImpact;
import org.openv2v.economics.scenario.IttInputs;
import org.openv2v.economics.scenario.ModelSpec;
import org.openv2v.economics.scenario.OneWaySensitivity;
import org.openv2v.economics.scenario.Parameter;
import org.openv2v.economics.scenario.ProbabilisticAnalysis;
import org.openv2v.economics.scenario.ScenarioResult;

/** The run's summary.json as a tree of maps and lists, the same for the CLI and the API. */
public final class SummaryDocument {

  private SummaryDocument() {}

  public static Map<String, Object> of(Analysis analysis) {
    ModelSpec spec = analysis.scenario().spec();
    ScenarioResult base = analysis.base();
    double[] v = spec.baseValues();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("model", spec.name());
    doc.put("title", spec.title());
    doc.put("currency", spec.currency());
    // One number for readers that expect one (the cost rate; both built-ins use one rate), and
    // both rates for models that discount costs and effects differently.
    doc.put("discountRate", spec.costDiscount().of(v));
    doc.put("discountRates", rates(spec, v));
    doc.put("horizonYears", spec.horizonYears());
    doc.put("cyclesPerYear", spec.cyclesPerYear());
    doc.put("halfCycleCorrection", spec.halfCycleCorrection());
    doc.put("willingnessToPay", base.willingnessToPay());
    doc.put(
        "perspective",
        base.itt().isPresent()
            ? "per referred patient (intention to treat)"
            : "per treated patient");
    doc.put("arms", base.arms().stream().map(SummaryDocument::arm).toList());
    if (base.itt().isPresent()) {
      doc.put(
          "armsPerTreatedPatient", base.perTreated().stream().map(SummaryDocument::arm).toList());
    }
    ScenarioResult.Comparison c = base.comparison();
    Map<String, Object> incremental = new LinkedHashMap<>();
    incremental.put("intervention", c.intervention());
    incremental.put("comparator", c.comparator());
    incremental.put("costs", c.costs());
    incremental.put("qalys", c.qalys());
    incremental.put("lys", c.lys());
    incremental.put("icer", number(c.icer()));
    incremental.put("icerPerLifeYear", number(c.icerPerLifeYear()));
    incremental.put("nmb", c.netMonetaryBenefit());
    incremental.put("verdict", c.verdict());
    doc.put("incremental", incremental);
    doc.put("frontier", base.frontier().stream().map(SummaryDocument::row).toList());
    base.itt()
        .ifPresent(
            itt -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("arm", itt.arm());
              m.put("fractionInfused", itt.fractionInfused());
              m.put("waitDays", itt.waitDays());
              m.put("source", itt.origin());
              m.put("level", itt.patientLevel() ? "patient" : "aggregate");
              if (itt.patientLevel()) {
                m.put("patients", itt.patients());
                m.put("stillWaitingLeftOut", itt.stillWaiting());
              }
              m.put("byFate", fates(itt));
              Map<String, Object> link = new LinkedHashMap<>();
              link.put("hazardRatioPer30Days", itt.hazardRatioPer30Days());
              link.put("referenceWaitDays", itt.referenceWaitDays());
              m.put("waitOutcomeLink", link);
              itt.simulation().ifPresent(s -> m.put("withdrawn", s.withdrawn()));
              doc.put("intentionToTreat", m);
            });
    base.budget().ifPresent(b -> doc.put("budgetImpact", budget(b)));
    doc.put("tornado", analysis.tornado().stream().map(SummaryDocument::bar).toList());
    analysis.psa().ifPresent(psa -> psa(doc, analysis, psa));
    doc.put("calibration", spec.calibration());
    doc.put(
        "parameters",
        spec.parameters().stream()
            .filter(p -> p.line() > 0)
            .map(SummaryDocument::parameter)
            .toList());
    return doc;
  }

  /**
   * How long the run took: kept out of summary.json so that the same seed and inputs give the same
   * bytes there; the command writes it to timing.json.
   */
  public static Map<String, Object> timing(Analysis analysis) {
    Map<String, Object> m = new LinkedHashMap<>();
    analysis
        .psa()
        .ifPresent(
            psa -> {
              m.put("psaIterations", psa.costs().length);
              m.put("psaSeconds", psa.seconds());
              m.put("iterationsPerSecond", psa.costs().length / Math.max(psa.seconds(), 1e-9));
            });
    return m;
  }

  /** Share of referred patients and mean days to infusion or withdrawal, by fate. */
  private static Map<String, Object> fates(IttInputs itt) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (IttInputs.Fate fate : IttInputs.Fate.values()) {
      double share = 0;
      double days = 0;
      for (IttInputs.Referral r : itt.referrals()) {
        if (r.fate() == fate) {
          share += r.weight();
          days += r.weight() * r.days();
        }
      }
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("share", share);
      f.put("meanDays", share > 0 ? days / share : 0.0);
      m.put(fate.name(), f);
    }
    return m;
  }

  private static Map<String, Object> rates(ModelSpec spec, double[] v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("costs", spec.costDiscount().of(v));
    m.put("effects", spec.effectDiscount().of(v));
    return m;
  }

  private static Map<String, Object> arm(ArmOutcome a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("label", a.label());
    m.put("costs", a.costs());
    m.put("qalys", a.qalys());
    m.put("lys", a.lys());
    m.put("lysUndiscounted", a.lysUndiscounted());
    Map<String, Object> categories = new LinkedHashMap<>();
    for (CostCategory category : CostCategory.values()) {
      if (a.cost(category) != 0) {
        categories.put(category.key(), a.cost(category));
      }
    }
    m.put("costsByCategory", categories);
    Map<String, Object> payers = new LinkedHashMap<>();
    payers.put("payer", a.payer());
    payers.put("patient", a.patient());
    m.put("costsByPayer", payers);
    return m;
  }

  private static Map<String, Object> row(IncrementalAnalysis.Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.strategy().name());
    m.put("costs", r.strategy().cost());
    m.put("qalys", r.strategy().effect());
    m.put("status", r.status().name());
    m.put("icer", number(r.icer()));
    return m;
  }

  private static Map<String, Object> budget(BudgetImpact b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("yearlyCap", b.yearlyCap());
    m.put("patientsSource", b.patientsSource());
    m.put("years", b.years());
    return m;
  }

  private static Map<String, Object> bar(OneWaySensitivity.Bar b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("parameter", b.parameter());
    m.put("low", b.low());
    m.put("high", b.high());
    m.put("nmbAtLow", b.nmbAtLow());
    m.put("nmbAtHigh", b.nmbAtHigh());
    m.put("icerAtLow", number(b.icerAtLow()));
    m.put("icerAtHigh", number(b.icerAtHigh()));
    m.put("source", b.source());
    return m;
  }

  private static void psa(
      Map<String, Object> doc, Analysis analysis, ProbabilisticAnalysis.Result psa) {
    int intervention = psa.arms().indexOf(analysis.base().comparison().intervention());
    int comparator = psa.arms().indexOf(analysis.base().comparison().comparator());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("iterations", psa.costs().length);
    m.put("seed", psa.seed());
    // No timing here: the same seed and inputs give the same bytes (timing.json holds seconds).
    List<Map<String, Object>> means = new ArrayList<>();
    for (int a = 0; a < psa.arms().size(); a++) {
      Map<String, Object> arm = new LinkedHashMap<>();
      arm.put("name", psa.arms().get(a));
      arm.put("meanCosts", mean(psa.costs(), a));
      arm.put("meanQalys", mean(psa.qalys(), a));
      arm.put("meanLys", mean(psa.lys(), a));
      means.add(arm);
    }
    m.put("arms", means);
    double dq = mean(psa.qalys(), intervention) - mean(psa.qalys(), comparator);
    double dc = mean(psa.costs(), intervention) - mean(psa.costs(), comparator);
    m.put("meanIncrementalCosts", dc);
    m.put("meanIncrementalQalys", dq);
    // The probabilistic ICER: mean cost difference over mean QALY difference (not the mean of the
    // iterations' ratios, which is unstable when ΔQALY crosses zero).
    m.put("probabilisticIcer", dq == 0 ? null : dc / dq);
    double wtp = analysis.base().willingnessToPay();
    m.put("willingnessToPay", wtp);
    m.put(
        "probabilityCostEffectiveAtThreshold",
        psa.decision().probabilityCostEffective(wtp)[intervention]);
    double evpiAtThreshold = psa.decision().expectedValueOfPerfectInformation(wtp);
    m.put("evpiPerPatient", evpiAtThreshold);
    m.put("evpiPopulation", population(analysis, evpiAtThreshold));
    doc.put("psa", m);
    List<Map<String, Object>> ceac = new ArrayList<>();
    List<Map<String, Object>> evpi = new ArrayList<>();
    for (Analysis.WtpPoint p : analysis.acceptability()) {
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("willingnessToPay", p.willingnessToPay());
      point.put("probability", p.probabilityCostEffective()[intervention]);
      Map<String, Object> byArm = new LinkedHashMap<>();
      for (int a = 0; a < psa.arms().size(); a++) {
        byArm.put(psa.arms().get(a), p.probabilityCostEffective()[a]);
      }
      point.put("byArm", byArm);
      ceac.add(point);
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("willingnessToPay", p.willingnessToPay());
      e.put("evpi", p.evpi());
      evpi.add(e);
    }
    doc.put("probabilityCostEffective", ceac);
    doc.put("evpi", evpi);
  }

  /**
   * EVPI for the population the decision affects: the patients of the budget's years (referred
   * patients with intention to treat), discounted at the cost rate to the first year.
   */
  private static Map<String, Object> population(Analysis analysis, double evpiPerPatient) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (analysis.base().budget().isEmpty()) {
      m.put("value", null);
      m.put("note", "the model has no budget block, so no population size");
      return m;
    }
    BudgetImpact budget = analysis.base().budget().get();
    double rate =
        analysis.scenario().spec().costDiscount().of(analysis.scenario().spec().baseValues());
    double patients = 0;
    double discounted = 0;
    for (BudgetImpact.Year y : budget.years()) {
      patients += y.patients();
      discounted += y.patients() / Math.pow(1 + rate, y.year() - 1);
    }
    m.put("patients", patients);
    m.put("years", budget.years().size());
    m.put("discountRate", rate);
    m.put("discountedPatients", discounted);
    m.put("patientsSource", budget.patientsSource());
    m.put("value", evpiPerPatient * discounted);
    return m;
  }

  private static Map<String, Object> parameter(Parameter p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("value", p.base());
    m.put("source", p.source());
    p.distribution().ifPresent(d -> m.put("distribution", d.type()));
    if (!p.spread().isEmpty()) {
      m.put("spread", p.spread());
    }
    return m;
  }

  static double mean(double[][] values, int column) {
    double total = 0;
    for (double[] row : values) {
      total += row[column];
    }
    return total / values.length;
  }

  private static Object number(OptionalDouble value) {
    return value.isPresent() && Double.isFinite(value.getAsDouble()) ? value.getAsDouble() : null;
  }
}
