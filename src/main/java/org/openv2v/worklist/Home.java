package org.openv2v.worklist;

import java.time.LocalDate;
import java.util.List;

/**
 * The home of one reader: tasks by bucket, registry and regulator forms due (overdue first), the
 * pipeline of open cases, and the open alerts.
 */
public record Home(
    LocalDate today,
    List<Task> overdue,
    List<Task> dueToday,
    List<Task> waitingOnOthers,
    List<ReportDue> reports,
    List<PipelineColumn> pipeline,
    List<AlertLine> alerts,
    int openCases) {

  /** Cards per pipeline column; the rest are counted and reached through the case list. */
  public static final int CARDS_PER_COLUMN = 12;
}
