package org.openv2v.economics.scenario;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openv2v.economics.model.IncrementalAnalysis;

/**
 * One evaluation of a model: each arm per patient (per referred patient when intention to treat
 * applies), the same per treated patient, the frontier, and the intervention against the
 * comparator.
 */
public record ScenarioResult(
    List<ArmOutcome> arms,
    List<ArmOutcome> perTreated,
    List<IncrementalAnalysis.Row> frontier,
    Comparison comparison,
    Optional<IttInputs> itt,
    Optional<BudgetImpact> budget,
    double willingnessToPay) {

  /** The intervention against the comparator. */
  public record Comparison(
      String intervention,
      String comparator,
      double costs,
      double qalys,
      double lys,
      OptionalDouble icer,
      OptionalDouble icerPerLifeYear,
      double netMonetaryBenefit,
      String verdict) {}

  public ArmOutcome arm(String name) {
    return arms.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }
}
