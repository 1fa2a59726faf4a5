package org.openv2v.scheduling.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openv2v.scheduling.domain.plan.ChairCalendar;
import org.openv2v.scheduling.domain.plan.Choice;
import org.openv2v.scheduling.domain.plan.PlanSlot;
import org.openv2v.scheduling.domain.plan.WaitingCase;

/**
 * The feasible ways to book one case now: a free chair on a day that suits the patient, and a free
 * slot of the case's product whose week the cells reach in time. Earliest infusion first; one
 * option per slot, so that the coordinator sees real alternatives rather than the same week on
 * neighbouring days.
 */
public final class OptionSearch {

  private OptionSearch() {}

  public static List<Choice> options(
      WaitingCase waiting, ChairCalendar chairs, LocalDate today, int limit) {
    List<Choice> feasible = new ArrayList<>();
    for (PlanSlot slot : waiting.candidateSlots()) {
      if (slot.capacity() <= 0) {
        continue;
      }
      for (int offset = 0; offset < WaitingCase.OFFSETS; offset++) {
        LocalDate day = WaitingCase.apheresisDay(slot, offset);
        if (day.isAfter(today)
            && waiting.feasibleAlone(slot, offset)
            && chairs.freeChairs(waiting.apheresisSiteId(), day) > 0) {
          feasible.add(new Choice(slot, offset));
        }
      }
    }
    feasible.sort(
        Comparator.comparing(
                (Choice c) -> waiting.datesFor(c.slot(), c.offset()).earliestInfusion())
            .thenComparing(c -> WaitingCase.apheresisDay(c.slot(), c.offset())));
    Set<PlanSlot> seen = new HashSet<>();
    List<Choice> chosen = new ArrayList<>();
    for (Choice choice : feasible) {
      if (chosen.size() < limit && seen.add(choice.slot())) {
        chosen.add(choice);
      }
    }
    return chosen;
  }
}
