package org.openv2v.economics.scenario;

import java.util.Optional;
import org.openv2v.economics.model.CohortTrace;
import org.openv2v.economics.model.CostCategory;

/**
 * One arm's discounted results per patient, with the pieces needed to combine arms for intention to
 * treat and to spread costs over calendar years for budget impact.
 *
 * @param byCategory discounted costs by {@link CostCategory} ordinal
 * @param payer discounted costs borne by the payer, net of refunds
 * @param patient discounted costs borne by the patient (co-payments and uncovered costs)
 * @param preInfusion the part of byCategory incurred before infusion (undiscounted, at time 0)
 * @param ifWithdrawn costs by category of a patient who leaves before infusion
 * @param byYear undiscounted costs [year][category] for budget impact
 */
public record ArmOutcome(
    String name,
    String label,
    double qalys,
    double lys,
    double lysUndiscounted,
    double[] byCategory,
    double payer,
    double patient,
    double[] preInfusion,
    double[] ifWithdrawn,
    double[][] byYear,
    Optional<CohortTrace> trace) {

  public double costs() {
    double total = 0;
    for (double c : byCategory) {
      total += c;
    }
    return total;
  }

  public double cost(CostCategory category) {
    return byCategory[category.ordinal()];
  }

  static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }
}
