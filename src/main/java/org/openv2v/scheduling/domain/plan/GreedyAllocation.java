package org.openv2v.scheduling.domain.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives each case, in the order given, the feasible slot and collection day with the earliest
 * infusion that capacity still allows. In listing order this is first come, first served: the
 * baseline the planner must beat. In priority order it is a quick first plan.
 */
public final class GreedyAllocation {

  private GreedyAllocation() {}

  /** First come, first served: by listing date, then case id so that ties are reproducible. */
  public static Map<String, Choice> firstComeFirstServed(Plan plan) {
    return allocate(
        plan, Comparator.comparing(WaitingCase::listedOn).thenComparing(WaitingCase::caseId));
  }

  /** Highest priority first, then first come. */
  public static Map<String, Choice> byPriority(Plan plan) {
    return allocate(
        plan,
        Comparator.comparing(WaitingCase::priorityWeight)
            .reversed()
            .thenComparing(WaitingCase::listedOn)
            .thenComparing(WaitingCase::caseId));
  }

  private static Map<String, Choice> allocate(Plan plan, Comparator<WaitingCase> order) {
    Map<PlanSlot, Integer> slotsUsed = new HashMap<>();
    Map<String, Map<LocalDate, Integer>> chairsUsed = new HashMap<>();
    Map<String, Choice> chosen = new LinkedHashMap<>();
    for (WaitingCase waiting : plan.cases().stream().sorted(order).toList()) {
      Choice best = null;
      int bestWait = Integer.MAX_VALUE;
      for (PlanSlot slot : waiting.candidateSlots()) {
        if (slotsUsed.getOrDefault(slot, 0) >= slot.capacity()) {
          continue;
        }
        for (int offset = 0; offset < WaitingCase.OFFSETS; offset++) {
          LocalDate day = WaitingCase.apheresisDay(slot, offset);
          int chairsTaken =
              chairsUsed.getOrDefault(waiting.apheresisSiteId(), Map.of()).getOrDefault(day, 0);
          if (!waiting.feasibleAlone(slot, offset)
              || chairsTaken >= plan.chairs().freeChairs(waiting.apheresisSiteId(), day)) {
            continue;
          }
          int wait = waiting.waitDaysFor(slot, offset);
          if (wait < bestWait) {
            bestWait = wait;
            best = new Choice(slot, offset);
          }
        }
      }
      if (best != null) {
        slotsUsed.merge(best.slot(), 1, Integer::sum);
        chairsUsed
            .computeIfAbsent(waiting.apheresisSiteId(), site -> new HashMap<>())
            .merge(WaitingCase.apheresisDay(best.slot(), best.offset()), 1, Integer::sum);
        chosen.put(waiting.caseId(), best);
      }
    }
    return chosen;
  }

  /** Puts the choices into the plan's cases; cases without a choice are left unassigned. */
  public static void apply(Plan plan, Map<String, Choice> choices) {
    for (WaitingCase waiting : plan.cases()) {
      Choice choice = choices.get(waiting.caseId());
      if (choice == null) {
        waiting.assign(null, 0);
      } else {
        waiting.assign(choice.slot(), choice.offset());
      }
    }
  }
}
