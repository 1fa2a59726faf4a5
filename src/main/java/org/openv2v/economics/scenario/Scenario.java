package org.openv2v.economics.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.model.Discounting;
import org.openv2v.economics.model.ExcessHazardRatio;
import org.openv2v.economics.model.ExpenditureCap;
import org.openv2v.economics.model.IncrementalAnalysis;
import org.openv2v.economics.model.PartitionedSurvival;
import org.openv2v.economics.model.Strategy;

/**
 * A model ready to evaluate: its specification and, when coupled, the access simulator's summary.
 * Evaluation is a pure function of the parameter vector, so PSA iterations and one-way bounds are
 * evaluations of other vectors.
 */
public record Scenario(
    ModelSpec spec, Optional<SimulationSummary> simulation, double extraWaitDays) {

  public Scenario(ModelSpec spec, Optional<SimulationSummary> simulation) {
    this(spec, simulation, 0);
  }

  private static final int CATEGORIES = CostCategory.values().length;

  public ScenarioResult evaluate() {
    return evaluate(spec.baseValues(), true);
  }

  public ScenarioResult evaluate(double[] values, boolean details) {
    double[] v = withSimulatedPopulation(values);
    Draw draw = new Draw(spec, v);
    List<ArmOutcome> treated = new ArrayList<>();
    for (ModelSpec.Arm arm : spec.arms()) {
      treated.add(ArmEvaluation.evaluate(draw, arm, details, 1));
    }
    Optional<IttInputs> itt = spec.itt().map(i -> IttInputs.resolve(i, v, simulation));
    List<ArmOutcome> arms = new ArrayList<>(treated);
    if (itt.isPresent()) {
      ArmOutcome comparator = find(treated, spec.comparator());
      int at = indexOf(treated, itt.get().arm());
      arms.set(
          at,
          intentionToTreat(
              spec.arm(itt.get().arm()), treated.get(at), comparator, itt.get(), draw, details));
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

  /**
   * A delay added to the model's own wait, then, with patients.csv, background mortality follows
   * the simulated patients' ages and sexes: their mean age and share of men replace the model's
   * (the life table's interface stays by age and share of men).
   */
  private double[] withSimulatedPopulation(double[] v) {
    if (extraWaitDays != 0 && spec.itt().isPresent()) {
      // A delay added to the model's own wait (the access-value sweep without a simulator).
      v = v.clone();
      v[spec.itt().get().veinToVeinDays().index()] += extraWaitDays;
    }
    if (simulation.isEmpty() || !simulation.get().patientLevel()) {
      return v;
    }
    List<ReferredPatient> patients = simulation.get().patients();
    double[] copy = v.clone();
    copy[spec.startAge().index()] =
        patients.stream().mapToInt(ReferredPatient::ageYears).average().orElse(v[0]);
    copy[spec.maleShare().index()] =
        patients.stream().filter(ReferredPatient::male).count() / (double) patients.size();
    return copy;
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
   * Per referred patient (docs/economics.md, "Intention to treat"): the time before infusion or
   * withdrawal is lived once, in the waiting state (utility of progressed disease), with the
   * pre-infusion costs; then, by fate, the arm from infusion on (its disease-related hazard scaled
   * by the wait–outcome link, no immortal time: its clock starts at infusion), nothing after a
   * death while waiting (terminal care only), the salvage pathway (the comparator) from the
   * withdrawal on, or the comparator from the referral date for those ineligible or refused.
   * Without details (the PSA, the tornado) the costs are not spread over budget years: nothing
   * reads them there, and with patients.csv spreading them was half of a PSA's time (a
   * year-by-category table per simulated patient and draw); {@code byYear} is then empty.
   */
  private ArmOutcome intentionToTreat(
      ModelSpec.Arm spec0,
      ArmOutcome arm,
      ArmOutcome comparator,
      IttInputs itt,
      Draw draw,
      boolean details) {
    double[] v = draw.v;
    double costRate = spec.costDiscount().of(v);
    double effectRate = spec.effectDiscount().of(v);
    double waitUtility = waitUtility(spec0, v);
    double terminal = spec0.terminalCare().of(v);
    double coPay = spec.payer().map(p -> Curves.clamp(p.coPaymentRate().of(v))).orElse(0.0);
    double withdrawnCost = ArmOutcome.sum(arm.ifWithdrawn());
    int terminalCare = CostCategory.TERMINAL_CARE.ordinal();
    double[] byCategory = new double[CATEGORIES];
    double[][] byYear = new double[details ? arm.byYear().length : 0][CATEGORIES];
    boolean spread = byYear.length > 0;
    double qalys = 0;
    double lys = 0;
    double lysUndiscounted = 0;
    double patient = 0;
    Map<Long, ArmOutcome> afterWait = new HashMap<>();
    for (IttInputs.Referral r : itt.referrals()) {
      double wt = r.weight();
      if (wt == 0) {
        continue;
      }
      double t = r.days() / 365.25;
      double dc = Discounting.factor(costRate, t);
      double de = Discounting.factor(effectRate, t);
      double waitLys = Discounting.flow(effectRate, 0, t);
      switch (r.fate()) {
        case INFUSED -> {
          ArmOutcome a = linked(spec0, arm, itt, r.days(), draw, afterWait);
          qalys += wt * (waitUtility * waitLys + de * a.qalys());
          lys += wt * (waitLys + de * a.lys());
          lysUndiscounted += wt * (t + a.lysUndiscounted());
          for (int c = 0; c < CATEGORIES; c++) {
            byCategory[c] +=
                wt * (a.preInfusion()[c] + dc * (a.byCategory()[c] - a.preInfusion()[c]));
          }
          patient += wt * a.patient();
          add(byYear, a.byYear(), wt, 0);
        }
        case DIED_WAITING -> {
          qalys += wt * waitUtility * waitLys;
          lys += wt * waitLys;
          lysUndiscounted += wt * t;
          for (int c = 0; c < CATEGORIES; c++) {
            byCategory[c] += wt * arm.ifWithdrawn()[c];
            if (spread) {
              byYear[0][c] += wt * arm.ifWithdrawn()[c];
            }
          }
          byCategory[terminalCare] += wt * dc * terminal;
          if (spread) {
            byYear[Math.min(byYear.length - 1, (int) t)][terminalCare] += wt * terminal;
          }
          patient += wt * coPay * (withdrawnCost + dc * terminal);
        }
        case SALVAGE_AFTER_WITHDRAWAL -> {
          qalys += wt * (waitUtility * waitLys + de * comparator.qalys());
          lys += wt * (waitLys + de * comparator.lys());
          lysUndiscounted += wt * (t + comparator.lysUndiscounted());
          for (int c = 0; c < CATEGORIES; c++) {
            byCategory[c] += wt * (arm.ifWithdrawn()[c] + dc * comparator.byCategory()[c]);
            if (spread) {
              byYear[0][c] += wt * arm.ifWithdrawn()[c];
            }
          }
          patient += wt * (coPay * withdrawnCost + dc * comparator.patient());
          add(byYear, comparator.byYear(), wt, 0);
        }
        case COMPARATOR_FROM_REFERRAL -> {
          qalys += wt * comparator.qalys();
          lys += wt * comparator.lys();
          lysUndiscounted += wt * comparator.lysUndiscounted();
          for (int c = 0; c < CATEGORIES; c++) {
            byCategory[c] += wt * comparator.byCategory()[c];
          }
          patient += wt * comparator.patient();
          add(byYear, comparator.byYear(), wt, 0);
        }
      }
    }
    double total = ArmOutcome.sum(byCategory);
    return new ArmOutcome(
        arm.name(),
        arm.label() + " (intention to treat)",
        qalys,
        lys,
        lysUndiscounted,
        byCategory,
        total - patient,
        patient,
        arm.preInfusion(),
        arm.ifWithdrawn(),
        byYear,
        arm.trace());
  }

  /**
   * The arm for a patient infused after {@code waitDays}: unchanged without a link, else evaluated
   * again with the hazard ratio of that wait (waits to the day share one evaluation).
   */
  private ArmOutcome linked(
      ModelSpec.Arm armSpec,
      ArmOutcome arm,
      IttInputs itt,
      double waitDays,
      Draw draw,
      Map<Long, ArmOutcome> cache) {
    if (itt.hazardRatioPer30Days() == 1) {
      return arm;
    }
    long day = Math.round(waitDays);
    return cache.computeIfAbsent(
        day,
        d ->
            ArmEvaluation.evaluate(
                draw,
                armSpec,
                false,
                ExcessHazardRatio.afterWait(
                    itt.hazardRatioPer30Days(), d, itt.referenceWaitDays())));
  }

  private static void add(double[][] into, double[][] from, double weight, int shift) {
    // Rows in locals: with patients.csv this runs once per simulated patient and draw, on the
    // quick compiler (LauncherJvm), which would otherwise reload both rows for every element.
    for (int y = 0; y + shift < into.length && y < from.length; y++) {
      double[] to = into[y + shift];
      double[] row = from[y];
      for (int c = 0; c < CATEGORIES; c++) {
        to[c] += weight * row[c];
      }
    }
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
