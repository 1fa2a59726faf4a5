package org.openv2v.worklist;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing to do, or to watch, on one case. {@code detail} is a code that the page puts into words
 * (a custody step, a follow-up kind, a party) or empty; {@code count} how many items the task
 * gathers (daily checks, say); {@code since} the date it fell due or began waiting, {@code days}
 * how many days ago that was. The patient's name is empty for those who may not see it.
 */
public record Task(
    TaskBucket bucket,
    TaskKind kind,
    String detail,
    int count,
    LocalDate since,
    long days,
    CaseCard caseCard) {

  /** The words' key of the detail code, or empty when the task has none. */
  public String detailKey() {
    return switch (kind) {
      case FOLLOW_UP, OUTCOME_REPORT -> "worklist.followUp." + detail;
      case UNSIGNED_CUSTODY -> "worklist.step." + detail;
      case WAITING_ON -> "worklist.party." + detail;
      default -> "";
    };
  }

  public String messageKey() {
    return "worklist.task." + kind.name();
  }

  public UUID caseId() {
    return caseCard.id();
  }
}
