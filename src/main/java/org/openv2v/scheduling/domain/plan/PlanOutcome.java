package org.openv2v.scheduling.domain.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How well a plan serves the waiting cases. Waits run from listing to the earliest infusion day;
 * the mean is weighted by clinical priority. Cases left without a slot are counted apart and not in
 * the mean.
 */
public record PlanOutcome(
    double weightedMeanWaitDays,
    double meanWaitDays,
    int maxWaitDays,
    int assigned,
    int unassigned,
    int overMaximum) {

  /** The outcome of the choices made for the plan's cases (cases without one are unassigned). */
  public static PlanOutcome of(Plan plan, Map<String, Choice> choices) {
    long weighted = 0;
    long weights = 0;
    long total = 0;
    int max = 0;
    int assigned = 0;
    int over = 0;
    for (WaitingCase waiting : plan.cases()) {
      Choice choice = choices.get(waiting.caseId());
      if (choice == null) {
        continue;
      }
      int wait = waiting.waitDaysFor(choice.slot(), choice.offset());
      weighted += (long) waiting.priorityWeight() * wait;
      weights += waiting.priorityWeight();
      total += wait;
      max = Math.max(max, wait);
      assigned++;
      if (wait > plan.policy().maxWaitDays()) {
        over++;
      }
    }
    return new PlanOutcome(
        weights == 0 ? 0 : (double) weighted / weights,
        assigned == 0 ? 0 : (double) total / assigned,
        max,
        assigned,
        plan.cases().size() - assigned,
        over);
  }

  /** The choices currently in the plan's cases. */
  public static Map<String, Choice> choicesIn(Plan plan) {
    Map<String, Choice> choices = new LinkedHashMap<>();
    for (WaitingCase waiting : plan.cases()) {
      if (waiting.isAssigned()) {
        choices.put(waiting.caseId(), new Choice(waiting.slot(), waiting.apheresisOffset()));
      }
    }
    return choices;
  }
}
