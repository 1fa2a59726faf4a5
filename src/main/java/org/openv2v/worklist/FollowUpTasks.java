package org.openv2v.worklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.safety.FollowUps;
import org.openv2v.security.Actor;
import org.openv2v.worklist.domain.FollowUpCodes;
import org.springframework.stereotype.Component;

/** The Home's tasks from the safety module's follow-up schedule: visits, checks, HIRA reports. */
@Component
@RequiredArgsConstructor
class FollowUpTasks {

  private final FollowUps followUps;

  /**
   * Follow-up items at the reader's sites, one task per case and kind (a fortnight of missed daily
   * checks is one task, not fourteen). Items of cases the reader cannot see open are left out.
   */
  void add(
      Actor actor,
      LocalDate today,
      Map<UUID, CaseView> open,
      Map<UUID, CaseCard> cards,
      List<Task> tasks) {
    record Key(UUID caseId, String kind, boolean overdue) {}
    Map<Key, List<LocalDate>> grouped = new HashMap<>();
    List<FollowUps.FollowUpView> items = new ArrayList<>(followUps.overdue(actor));
    followUps.dueOn(today, actor).stream()
        .filter(item -> item.dueOn().equals(today))
        .forEach(items::add);
    for (FollowUps.FollowUpView item : items) {
      String kind = code(item);
      if (!FollowUpCodes.isTask(kind) || !open.containsKey(item.caseId())) {
        continue;
      }
      grouped
          .computeIfAbsent(new Key(item.caseId(), kind, item.overdue()), k -> new ArrayList<>())
          .add(item.dueOn());
    }
    grouped.forEach(
        (key, dates) -> {
          LocalDate oldest = dates.stream().min(LocalDate::compareTo).orElse(today);
          tasks.add(
              new Task(
                  key.overdue() ? TaskBucket.OVERDUE : TaskBucket.DUE_TODAY,
                  FollowUpCodes.isOutcomeReport(key.kind())
                      ? TaskKind.OUTCOME_REPORT
                      : TaskKind.FOLLOW_UP,
                  key.kind(),
                  dates.size(),
                  oldest,
                  ChronoUnit.DAYS.between(oldest, today),
                  cards.get(key.caseId())));
        });
  }

  /**
   * The kind's code: through {@link Enum}, so that this module needs no type from safety's domain
   * package, which is not part of its public API.
   */
  private static String code(FollowUps.FollowUpView item) {
    Enum<?> kind = item.kind();
    return kind.name();
  }
}
