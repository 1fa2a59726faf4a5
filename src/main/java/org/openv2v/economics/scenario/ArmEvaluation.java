package org.openv2v.economics.scenario;

import java.util.Optional;
import org.openv2v.economics.model.CohortTrace;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.model.CostSharing;
import org.openv2v.economics.model.ExcessHazardRatio;
import org.openv2v.economics.model.MarkovCohort;
import org.openv2v.economics.model.OutcomeBasedRefund;
import org.openv2v.economics.model.PartitionedSurvival;

/** Evaluates one arm for one patient who receives it, from time 0 (infusion or start). */
final class ArmEvaluation {

  private static final int CATEGORIES = CostCategory.values().length;

  private ArmEvaluation() {}

  static ArmOutcome evaluate(ModelSpec spec, ModelSpec.Arm arm, double[] v, boolean keepTrace) {
    return evaluate(new Draw(spec, v), arm, keepTrace, 1);
  }

  /**
   * The arm with its disease-related hazard multiplied by {@code hazardRatio} (the wait–outcome
   * link; 1 = the arm as calibrated), sharing the draw's curves with its other evaluations.
   */
  static ArmOutcome evaluate(Draw draw, ModelSpec.Arm arm, boolean keepTrace, double hazardRatio) {
    ModelSpec spec = draw.spec;
    double[] v = draw.v;
    double costRate = spec.costDiscount().of(v);
    CohortTrace trace = trace(draw, arm, hazardRatio);
    double[] utility = new double[trace.states().size()];
    for (ModelSpec.StateValue u : arm.utilities()) {
      utility[trace.stateIndex(u.state())] = u.value().of(v);
    }
    ArmAccounts a = new ArmAccounts(draw.years);
    a.cycles(
        draw,
        trace,
        spec.halfCycleCorrection(),
        utility,
        ArmAccounts.StateCosts.of(arm, trace, v, draw.dt),
        arm.terminalCare().of(v),
        costRate,
        spec.effectDiscount().of(v));
    double[] preInfusion = new double[CATEGORIES];
    double[] ifWithdrawn = new double[CATEGORIES];
    double price = pathway(arm, v, a, preInfusion, ifWithdrawn);
    if (arm.hospitalStay().isPresent()) {
      a.atStart(CostCategory.HOSPITAL.ordinal(), hospitalCost(arm.hospitalStay().get(), v), true);
    }
    for (ModelSpec.AdverseEvent event : arm.adverseEvents()) {
      double p = event.probability().of(v);
      a.atStart(CostCategory.ADVERSE_EVENTS.ordinal(), p * event.cost().of(v), true);
      a.qalys -= p * event.qalyLoss().of(v);
    }
    double patient = a.uncovered;
    double covered = ArmOutcome.sum(a.coveredByYearDiscounted);
    double refunds = 0;
    if (spec.payer().isPresent()) {
      ModelSpec.PayerRules rules = spec.payer().get();
      patient = coPayments(rules, a, v, patient);
      if (arm.refundable() && price > 0) {
        refunds = refunds(rules, a, price, costRate, v);
      }
    }
    double payer = covered - (patient - a.uncovered) - refunds;
    return new ArmOutcome(
        arm.name(),
        arm.label(),
        a.qalys,
        a.lys,
        a.lysUndiscounted,
        a.byCategory,
        payer,
        patient,
        preInfusion,
        ifWithdrawn,
        a.byYear,
        keepTrace ? Optional.of(trace) : Optional.empty());
  }

  /** The pathway's costs at time 0; returns the refundable price. */
  private static double pathway(
      ModelSpec.Arm arm, double[] v, ArmAccounts a, double[] preInfusion, double[] ifWithdrawn) {
    double price = 0;
    for (ModelSpec.PathwayItem item : arm.pathway()) {
      double cost = item.cost().of(v) * item.quantity().of(v) * item.probability().of(v);
      int c = item.category().ordinal();
      a.atStart(c, cost, item.covered());
      if (item.beforeInfusion()) {
        preInfusion[c] += cost;
        ifWithdrawn[c] += cost * item.ifNotInfused().of(v);
      }
      if (item.refundable()) {
        price += cost;
      }
    }
    return price;
  }

  /**
   * {@code patient} plus the co-payments on covered costs, year by year under the yearly ceiling.
   */
  private static double coPayments(
      ModelSpec.PayerRules rules, ArmAccounts a, double[] v, double patient) {
    CostSharing sharing =
        new CostSharing(Curves.clamp(rules.coPaymentRate().of(v)), rules.sharing().ceilings());
    int decile = rules.incomeDecile();
    for (int y = 0; y < a.coveredByYear.length; y++) {
      patient += sharing.patientShare(a.coveredByYear[y], decile) * a.coveredByYearDiscounted[y];
    }
    return patient;
  }

  /** The outcome-based refund's present value, booked in the first two budget years. */
  private static double refunds(
      ModelSpec.PayerRules rules, ArmAccounts a, double price, double costRate, double[] v) {
    OutcomeBasedRefund refund = refund(rules.refund(), v);
    double refunds = refund.expectedPresentValue(price, costRate);
    int years = a.byYear.length;
    a.byCategory[CostCategory.REFUNDS.ordinal()] -= refunds;
    a.byYear[0][CostCategory.REFUNDS.ordinal()] -= refund.expectedAt6Months(price);
    a.byYear[Math.min(1, years - 1)][CostCategory.REFUNDS.ordinal()] -=
        refund.expectedAt12Months(price);
    return refunds;
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

  static CohortTrace trace(Draw draw, ModelSpec.Arm arm, double hr) {
    if (arm.cohort() instanceof ModelSpec.Partitioned p) {
      double[][] curves = draw.curves(arm, p);
      double[] background = draw.backgroundAt();
      return PartitionedSurvival.trace(
          ExcessHazardRatio.of(curves[0], background, hr),
          ExcessHazardRatio.of(curves[1], background, hr),
          draw.dt);
    }
    if (hr != 1) {
      throw new IllegalArgumentException(
          "the wait-outcome link needs a partitioned-survival arm; " + arm.name() + " is Markov");
    }
    return markov((ModelSpec.Markov) arm.cohort(), draw.v).trace(draw.dt, draw.cycles);
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
