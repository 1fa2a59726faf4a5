package org.openv2v.economics.scenario;

import java.util.Optional;
import org.openv2v.economics.model.CohortTrace;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.model.CostSharing;
import org.openv2v.economics.model.Discounting;
import org.openv2v.economics.model.ExcessHazardRatio;
import org.openv2v.economics.model.MarkovCohort;
import org.openv2v.economics.model.OutcomeBasedRefund;
import org.openv2v.economics.model.PartitionedSurvival;
import org.openv2v.economics.model.Survival;

/** Evaluates one arm for one patient who receives it, from time 0 (infusion or start). */
final class ArmEvaluation {

  private static final int CATEGORIES = CostCategory.values().length;

  private ArmEvaluation() {}

  static ArmOutcome evaluate(ModelSpec spec, ModelSpec.Arm arm, double[] v, boolean keepTrace) {
    return evaluate(spec, arm, v, keepTrace, 1);
  }

  /**
   * The arm with its disease-related hazard multiplied by {@code hazardRatio} (the wait–outcome
   * link; 1 = the arm as calibrated).
   */
  static ArmOutcome evaluate(
      ModelSpec spec, ModelSpec.Arm arm, double[] v, boolean keepTrace, double hazardRatio) {
    double dt = 1.0 / spec.cyclesPerYear();
    int cycles = spec.cycles();
    int years = Math.max(spec.budget().years(), (int) Math.ceil(spec.horizonYears()));
    double costRate = spec.costDiscount().of(v);
    double effectRate = spec.effectDiscount().of(v);
    Survival background =
        spec.lifeTable().from(spec.startAge().of(v), Curves.clamp(spec.maleShare().of(v)));
    CohortTrace trace = trace(arm, v, background, dt, cycles, hazardRatio);
    int states = trace.states().size();
    boolean half = spec.halfCycleCorrection();

    double[] utility = new double[states];
    for (ModelSpec.StateValue u : arm.utilities()) {
      utility[trace.stateIndex(u.state())] = u.value().of(v);
    }
    double qalys = 0;
    double lys = 0;
    double lysUndiscounted = 0;
    double[] byCategory = new double[CATEGORIES];
    double[][] byYear = new double[years][CATEGORIES];
    double[] coveredByYear = new double[years];
    double[] coveredByYearDiscounted = new double[years];
    double uncovered = 0;
    int dead = states - 1;
    double terminal = arm.terminalCare().of(v);
    int[] costStates = new int[arm.stateCosts().size()];
    double[] costPerCycle = new double[costStates.length];
    for (int i = 0; i < costStates.length; i++) {
      ModelSpec.StateCost c = arm.stateCosts().get(i);
      costStates[i] = trace.stateIndex(c.state());
      costPerCycle[i] = c.perMonth().of(v) * 12 * dt;
    }
    // Discount factors by recurrence: one pow per evaluation instead of two per cycle.
    double stepC = Discounting.factor(costRate, dt);
    double stepE = Discounting.factor(effectRate, dt);
    double dfC = Discounting.factor(costRate, half ? dt / 2 : 0);
    double dfE = Discounting.factor(effectRate, half ? dt / 2 : 0);
    for (int k = 0; k < cycles; k++, dfC *= stepC, dfE *= stepE) {
      double tStart = k * dt;
      int year = Math.min(years - 1, (int) Math.floor(tStart + dt / 2));
      double alive = 0;
      double quality = 0;
      for (int s = 0; s < dead; s++) {
        double occ = half ? 0.5 * (trace.share(s, k) + trace.share(s, k + 1)) : trace.share(s, k);
        alive += occ;
        quality += occ * utility[s];
      }
      lys += alive * dt * dfE;
      lysUndiscounted += alive * dt;
      qalys += quality * dt * dfE;
      for (int i = 0; i < costStates.length; i++) {
        ModelSpec.StateCost c = arm.stateCosts().get(i);
        if (tStart >= c.untilYears()) {
          continue;
        }
        int s = costStates[i];
        double occ = half ? 0.5 * (trace.share(s, k) + trace.share(s, k + 1)) : trace.share(s, k);
        double cost = costPerCycle[i] * occ;
        byCategory[c.category().ordinal()] += cost * dfC;
        byYear[year][c.category().ordinal()] += cost;
        if (c.covered()) {
          coveredByYear[year] += cost;
          coveredByYearDiscounted[year] += cost * dfC;
        } else {
          uncovered += cost * dfC;
        }
      }
      if (terminal != 0) {
        double deaths = trace.share(dead, k + 1) - trace.share(dead, k);
        double cost = deaths * terminal;
        byCategory[CostCategory.TERMINAL_CARE.ordinal()] += cost * dfC;
        byYear[year][CostCategory.TERMINAL_CARE.ordinal()] += cost;
        coveredByYear[year] += cost;
        coveredByYearDiscounted[year] += cost * dfC;
      }
    }

    double[] preInfusion = new double[CATEGORIES];
    double[] ifWithdrawn = new double[CATEGORIES];
    double price = 0;
    for (ModelSpec.PathwayItem item : arm.pathway()) {
      double cost = item.cost().of(v) * item.quantity().of(v) * item.probability().of(v);
      int c = item.category().ordinal();
      byCategory[c] += cost;
      byYear[0][c] += cost;
      if (item.covered()) {
        coveredByYear[0] += cost;
        coveredByYearDiscounted[0] += cost;
      } else {
        uncovered += cost;
      }
      if (item.beforeInfusion()) {
        preInfusion[c] += cost;
        ifWithdrawn[c] += cost * item.ifNotInfused().of(v);
      }
      if (item.refundable()) {
        price += cost;
      }
    }
    if (arm.hospitalStay().isPresent()) {
      double cost = hospitalCost(arm.hospitalStay().get(), v);
      byCategory[CostCategory.HOSPITAL.ordinal()] += cost;
      byYear[0][CostCategory.HOSPITAL.ordinal()] += cost;
      coveredByYear[0] += cost;
      coveredByYearDiscounted[0] += cost;
    }
    for (ModelSpec.AdverseEvent event : arm.adverseEvents()) {
      double p = event.probability().of(v);
      double cost = p * event.cost().of(v);
      byCategory[CostCategory.ADVERSE_EVENTS.ordinal()] += cost;
      byYear[0][CostCategory.ADVERSE_EVENTS.ordinal()] += cost;
      coveredByYear[0] += cost;
      coveredByYearDiscounted[0] += cost;
      qalys -= p * event.qalyLoss().of(v);
    }

    double patient = uncovered;
    double covered = ArmOutcome.sum(coveredByYearDiscounted);
    double refunds = 0;
    if (spec.payer().isPresent()) {
      ModelSpec.PayerRules rules = spec.payer().get();
      CostSharing sharing =
          new CostSharing(Curves.clamp(rules.coPaymentRate().of(v)), rules.sharing().ceilings());
      for (int y = 0; y < years; y++) {
        patient +=
            sharing.patientShare(coveredByYear[y], rules.incomeDecile())
                * coveredByYearDiscounted[y];
      }
      if (arm.refundable() && price > 0) {
        OutcomeBasedRefund refund = refund(rules.refund(), v);
        refunds = refund.expectedPresentValue(price, costRate);
        byCategory[CostCategory.REFUNDS.ordinal()] -= refunds;
        byYear[0][CostCategory.REFUNDS.ordinal()] -= refund.expectedAt6Months(price);
        byYear[Math.min(1, years - 1)][CostCategory.REFUNDS.ordinal()] -=
            refund.expectedAt12Months(price);
      }
    }
    double payer = covered - (patient - uncovered) - refunds;
    return new ArmOutcome(
        arm.name(),
        arm.label(),
        qalys,
        lys,
        lysUndiscounted,
        byCategory,
        payer,
        patient,
        preInfusion,
        ifWithdrawn,
        byYear,
        keepTrace ? Optional.of(trace) : Optional.empty());
  }

  static OutcomeBasedRefund refund(ModelSpec.Refund r, double[] v) {
    return new OutcomeBasedRefund(
        Curves.clamp(r.nonResponseAt6Months().of(v)),
        Curves.clamp(r.lossOfResponseBy12Months().of(v)),
        Curves.clamp(r.shareAt6Months().of(v)),
        Curves.clamp(r.shareAt12Months().of(v)));
  }

  /**
   * Inpatient infusion: the whole stay. Outpatient infusion: clinic visits, plus the stay of those
   * admitted later (evidence.md §4.3: 53% of TRANSFORM outpatients; 62% in TRANSCEND+OUTREACH).
   */
  static double hospitalCost(ModelSpec.HospitalStay stay, double[] v) {
    double outpatient = Curves.clamp(stay.outpatientShare().of(v));
    double perDay = stay.costPerDay().of(v);
    double inpatient = stay.inpatientDays().of(v) * perDay;
    double ambulatory =
        stay.outpatientVisits().of(v) * stay.costPerVisit().of(v)
            + Curves.clamp(stay.laterAdmission().of(v))
                * stay.admittedOutpatientDays().of(v)
                * perDay;
    return (1 - outpatient) * inpatient + outpatient * ambulatory;
  }

  static CohortTrace trace(
      ModelSpec.Arm arm, double[] v, Survival background, double dt, int cycles, double hr) {
    if (arm.cohort() instanceof ModelSpec.Partitioned p) {
      Survival pfs = Curves.build(p.pfs(), v, background);
      Survival os = Curves.build(p.os(), v, background);
      if (hr != 1) {
        pfs = new ExcessHazardRatio(pfs, background, hr);
        os = new ExcessHazardRatio(os, background, hr);
      }
      return PartitionedSurvival.trace(pfs, os, dt, cycles);
    }
    if (hr != 1) {
      throw new IllegalArgumentException(
          "the wait-outcome link needs a partitioned-survival arm; " + arm.name() + " is Markov");
    }
    return markov((ModelSpec.Markov) arm.cohort(), v).trace(dt, cycles);
  }

  private static MarkovCohort markov(ModelSpec.Markov m, double[] v) {
    int n = m.states().size();
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      double leave = 0;
      for (int j = 0; j < n; j++) {
        if (m.transitions()[i][j] != null) {
          p[i][j] = Curves.clamp(m.transitions()[i][j].of(v));
          leave += p[i][j];
        }
      }
      if (leave > 1) {
        for (int j = 0; j < n; j++) {
          p[i][j] /= leave;
        }
        leave = 1;
      }
      p[i][i] += 1 - leave;
    }
    return new MarkovCohort(m.states(), p, m.start());
  }
}
