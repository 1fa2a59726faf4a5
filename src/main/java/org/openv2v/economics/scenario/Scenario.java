package org.openv2v.economics.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.model.Discounting;
import org.openv2v.economics.model.ExpenditureCap;
import org.openv2v.economics.model.IncrementalAnalysis;
import org.openv2v.economics.model.PartitionedSurvival;
import org.openv2v.economics.model.Strategy;

/**
 * A model ready to evaluate: its specification and, when coupled, the access simulator's summary.
 * Evaluation is a pure function of the parameter vector, so PSA iterations and one-way bounds are
 * evaluations of other vectors.
 */
public record Scenario(ModelSpec spec, Optional<SimulationSummary> simulation) {

  private static final int CATEGORIES = CostCategory.values().length;

  public ScenarioResult evaluate() {
    return evaluate(spec.baseValues(), true);
  }

  public ScenarioResult evaluate(double[] v, boolean details) {
    List<ArmOutcome> treated = new ArrayList<>();
    for (ModelSpec.Arm arm : spec.arms()) {
      treated.add(ArmEvaluation.evaluate(spec, arm, v, details));
    }
    Optional<IttInputs> itt = spec.itt().map(i -> IttInputs.resolve(i, v, simulation));
    List<ArmOutcome> arms = new ArrayList<>(treated);
    if (itt.isPresent()) {
      ArmOutcome comparator = find(treated, spec.comparator());
      int at = indexOf(treated, itt.get().arm());
      arms.set(at, intentionToTreat(treated.get(at), comparator, itt.get(), v));
    }
    List<Strategy> strategies =
        arms.stream().map(a -> new Strategy(a.name(), a.costs(), a.qalys())).toList();
    double wtp = spec.willingnessToPay().of(v);
    ScenarioResult.Comparison comparison =
        compare(find(arms, spec.intervention()), find(arms, spec.comparator()), wtp);
    Optional<BudgetImpact> budget =
        details ? budget(find(arms, spec.intervention()), v) : Optional.empty();
    return new ScenarioResult(
        arms,
        treated,
        details ? IncrementalAnalysis.of(strategies) : List.of(),
        comparison,
        itt,
        budget,
        wtp);
  }

  static ScenarioResult.Comparison compare(
      ArmOutcome intervention, ArmOutcome comparator, double wtp) {
    double dc = intervention.costs() - comparator.costs();
    double dq = intervention.qalys() - comparator.qalys();
    double dl = intervention.lys() - comparator.lys();
    String verdict;
    if (dq >= 0 && dc <= 0) {
      verdict = dq == 0 && dc == 0 ? "equivalent" : "dominant";
    } else if (dq <= 0 && dc >= 0) {
      verdict = "dominated";
    } else if (dq > 0) {
      verdict = "more costly, more effective";
    } else {
      verdict = "less costly, less effective";
    }
    return new ScenarioResult.Comparison(
        intervention.name(),
        comparator.name(),
        dc,
        dq,
        dl,
        IncrementalAnalysis.icer(dc, dq),
        IncrementalAnalysis.icer(dc, dl),
        IncrementalAnalysis.netMonetaryBenefit(wtp, dc, dq),
        verdict);
  }

  /**
   * Per referred patient: a share f reaches infusion after the wait w (alive, with progressing
   * disease) and then has the arm's results, discounted by w; the others get the comparator's
   * results plus what they cost before leaving (Wakase 2021's decision tree on infusion status,
   * evidence.md §4.2).
   */
  private ArmOutcome intentionToTreat(
      ArmOutcome arm, ArmOutcome comparator, IttInputs itt, double[] v) {
    double f = itt.fractionInfused();
    double w = itt.waitDays() / 365.25;
    double costRate = spec.costDiscount().of(v);
    double effectRate = spec.effectDiscount().of(v);
    double dc = Discounting.factor(costRate, w);
    double de = Discounting.factor(effectRate, w);
    double waitLys = Discounting.flow(effectRate, 0, w);
    double waitUtility = waitUtility(spec.arm(arm.name()), v);
    double[] byCategory = new double[CATEGORIES];
    for (int c = 0; c < CATEGORIES; c++) {
      double post = arm.byCategory()[c] - arm.preInfusion()[c];
      byCategory[c] =
          f * (arm.preInfusion()[c] + dc * post)
              + (1 - f) * (comparator.byCategory()[c] + arm.ifWithdrawn()[c]);
    }
    double coPay = spec.payer().map(p -> Curves.clamp(p.coPaymentRate().of(v))).orElse(0.0);
    double patient =
        f * arm.patient()
            + (1 - f) * (comparator.patient() + coPay * ArmOutcome.sum(arm.ifWithdrawn()));
    double total = ArmOutcome.sum(byCategory);
    double[][] byYear = new double[arm.byYear().length][CATEGORIES];
    for (int y = 0; y < byYear.length; y++) {
      for (int c = 0; c < CATEGORIES; c++) {
        byYear[y][c] =
            f * arm.byYear()[y][c]
                + (1 - f) * (comparator.byYear()[y][c] + (y == 0 ? arm.ifWithdrawn()[c] : 0));
      }
    }
    return new ArmOutcome(
        arm.name(),
        arm.label() + " (intention to treat)",
        f * (waitUtility * waitLys + de * arm.qalys()) + (1 - f) * comparator.qalys(),
        f * (waitLys + de * arm.lys()) + (1 - f) * comparator.lys(),
        f * (w + arm.lysUndiscounted()) + (1 - f) * comparator.lysUndiscounted(),
        byCategory,
        total - patient,
        patient,
        arm.preInfusion(),
        arm.ifWithdrawn(),
        byYear,
        arm.trace());
  }

  private static double waitUtility(ModelSpec.Arm arm, double[] v) {
    return arm.utilities().stream()
        .filter(u -> u.state().equals(PartitionedSurvival.PROGRESSED))
        .findFirst()
        .or(() -> arm.utilities().stream().findFirst())
        .map(u -> u.value().of(v))
        .orElse(0.0);
  }

  private Optional<BudgetImpact> budget(ArmOutcome arm, double[] v) {
    int years = spec.budget().years();
    OptionalDouble simulated =
        simulation.map(SimulationSummary::referredPerYear).orElse(OptionalDouble.empty());
    if (spec.budget().patientsPerYear().isEmpty() && simulated.isEmpty()) {
      return Optional.empty();
    }
    String source =
        simulated.isPresent()
            ? "access simulation " + simulation.get().file()
            : spec.budget().source();
    Optional<ExpenditureCap> cap =
        spec.payer()
            .map(
                p ->
                    new ExpenditureCap(
                        p.cap().yearlyCap().of(v),
                        Curves.clamp(p.cap().excessRefundShare().of(v))));
    List<BudgetImpact.Year> rows = new ArrayList<>();
    for (int y = 0; y < years; y++) {
      double[] spend = new double[CATEGORIES];
      for (int cohort = 0; cohort <= y; cohort++) {
        double n =
            simulated.isPresent()
                ? simulated.getAsDouble()
                : spec.budget().patientsPerYear().get(cohort).of(v);
        int age = y - cohort;
        if (age < arm.byYear().length) {
          for (int c = 0; c < CATEGORIES; c++) {
            spend[c] += n * arm.byYear()[age][c];
          }
        }
      }
      double drug = spend[CostCategory.DRUG.ordinal()];
      double refunds = spend[CostCategory.REFUNDS.ordinal()];
      double capRefund = cap.map(c -> c.refund(drug + refunds)).orElse(0.0);
      double other = 0;
      for (CostCategory c :
          List.of(
              CostCategory.MONITORING,
              CostCategory.FOLLOW_UP,
              CostCategory.TERMINAL_CARE,
              CostCategory.TRAVEL,
              CostCategory.OTHER)) {
        other += spend[c.ordinal()];
      }
      double total = ArmOutcome.sum(spend) - capRefund;
      rows.add(
          new BudgetImpact.Year(
              y + 1,
              simulated.isPresent()
                  ? simulated.getAsDouble()
                  : spec.budget().patientsPerYear().get(y).of(v),
              drug,
              spend[CostCategory.PROCEDURES.ordinal()],
              spend[CostCategory.HOSPITAL.ordinal()],
              spend[CostCategory.ADVERSE_EVENTS.ordinal()],
              other,
              refunds,
              -capRefund,
              total));
    }
    return Optional.of(
        new BudgetImpact(rows, cap.map(ExpenditureCap::yearlyCap).orElse(0.0), source));
  }

  private static ArmOutcome find(List<ArmOutcome> arms, String name) {
    return arms.get(indexOf(arms, name));
  }

  private static int indexOf(List<ArmOutcome> arms, String name) {
    for (int i = 0; i < arms.size(); i++) {
      if (arms.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no arm " + name);
  }
}
