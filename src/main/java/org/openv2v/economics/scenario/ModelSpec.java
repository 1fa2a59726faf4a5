package org.openv2v.economics.scenario;

import java.util.List;
import java.util.Optional;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.model.CostSharing;
import org.openv2v.economics.model.LifeTable;

/**
 * A loaded model file: its structure, with every number a reference into {@link #parameters()}, so
 * that the same structure evaluates the base case, each PSA iteration and each one-way bound.
 */
public record ModelSpec(
    String name,
    String title,
    String description,
    String currency,
    double horizonYears,
    int cyclesPerYear,
    boolean halfCycleCorrection,
    Num costDiscount,
    Num effectDiscount,
    Num startAge,
    Num maleShare,
    LifeTable lifeTable,
    Num willingnessToPay,
    double willingnessToPayMax,
    String comparator,
    String intervention,
    List<Arm> arms,
    Optional<PayerRules> payer,
    Optional<IntentionToTreat> itt,
    Budget budget,
    List<Parameter> parameters,
    List<String> calibration) {

  public int cycles() {
    return (int) Math.round(horizonYears * cyclesPerYear);
  }

  public double[] baseValues() {
    return parameters.stream().mapToDouble(Parameter::base).toArray();
  }

  /** The arms' names, in model order. */
  public List<String> armNames() {
    return arms.stream().map(Arm::name).toList();
  }

  /** An arm's label as the model file gives it (the arm's name when it has none). */
  public String armLabel(String armName) {
    return arms.stream()
        .filter(a -> a.name().equals(armName))
        .map(a -> a.label() == null || a.label().isBlank() ? a.name() : a.label())
        .findFirst()
        .orElse(armName);
  }

  Arm arm(String armName) {
    return arms.stream().filter(a -> a.name().equals(armName)).findFirst().orElseThrow();
  }

  /** One strategy: its cohort model, what each state costs and is worth, and its pathway. */
  record Arm(
      String name,
      String label,
      Cohort cohort,
      List<StateValue> utilities,
      List<StateCost> stateCosts,
      Num terminalCare,
      List<PathwayItem> pathway,
      Optional<HospitalStay> hospitalStay,
      List<AdverseEvent> adverseEvents,
      boolean refundable) {}

  sealed interface Cohort permits Partitioned, Markov {}

  record Partitioned(Curve pfs, Curve os) implements Cohort {}

  record Markov(List<String> states, Num[][] transitions, double[] start) implements Cohort {}

  sealed interface Curve permits Parametric, Cure {}

  /** A parametric family with its parameters, in the time unit it was fitted in. */
  record Parametric(String family, List<Num> parameters, double unitsPerYear) implements Curve {}

  record Cure(Num cureFraction, Curve uncured) implements Curve {}

  record StateValue(String state, Num value) {}

  /** A cost per month while in a state, optionally only for the first {@code untilYears}. */
  record StateCost(
      String state,
      String item,
      CostCategory category,
      Num perMonth,
      double untilYears,
      boolean covered) {}

  /** A one-time pathway cost: cost × quantity × probability. */
  record PathwayItem(
      String item,
      CostCategory category,
      Num cost,
      Num quantity,
      Num probability,
      boolean covered,
      boolean beforeInfusion,
      Num ifNotInfused,
      boolean refundable) {}

  /**
   * Hospital days by site of care: inpatient infusion, or outpatient infusion with clinic visits
   * and a share admitted later (e.g. 53% in TRANSFORM, evidence.md §4.3).
   */
  record HospitalStay(
      Num outpatientShare,
      Num inpatientDays,
      Num laterAdmission,
      Num admittedOutpatientDays,
      Num outpatientVisits,
      Num costPerDay,
      Num costPerVisit) {}

  record AdverseEvent(String name, Num probability, Num cost, Num qalyLoss) {}

  record PayerRules(
      CostSharing sharing, int incomeDecile, Num coPaymentRate, Refund refund, Cap cap) {}

  record Refund(
      Num nonResponseAt6Months,
      Num lossOfResponseBy12Months,
      Num shareAt6Months,
      Num shareAt12Months) {}

  record Cap(Num yearlyCap, Num excessRefundShare) {}

  /**
   * Who of those referred reaches infusion, and when. Either the share infused is given, or it
   * follows from the wait: (1 − manufacturing failure) · e^{−h · v2v} (evidence.md §6.1 competing
   * risks during a deterministic wait). Of those who drop out while waiting, a share dies and the
   * rest progress to salvage therapy. After infusion, the disease-related hazard is multiplied by
   * hazardRatioPer30Days^((wait − referenceWaitDays)/30): the wait–outcome link (1 = none).
   */
  record IntentionToTreat(
      String arm,
      Optional<Num> fractionInfused,
      Num veinToVeinDays,
      Num dropoutHazardPerDay,
      Num manufacturingFailure,
      Optional<String> simulation,
      Num deathShareOfDropout,
      Num hazardRatioPer30Days,
      Num referenceWaitDays) {}

  record Budget(List<Num> patientsPerYear, int years, String source) {}
}
