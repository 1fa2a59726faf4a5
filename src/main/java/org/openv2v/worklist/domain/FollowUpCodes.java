package org.openv2v.worklist.domain;

import java.util.Set;

/**
 * Follow-up items as the worklist reads them, by the code of their kind (safety's FollowUpKind,
 * whose package other modules do not import). Periods the patient lives by (stay near the centre,
 * no driving, end of monitoring) are not tasks; HIRA outcome reports are their own kind of task.
 */
public final class FollowUpCodes {

  /** FollowUpKind.isPeriod(); WorklistRulesTests keeps the two in step. */
  public static final Set<String> PERIODS =
      Set.of("STAY_NEAR_CENTRE", "NO_DRIVING", "MONITORING_ENDS");

  public static final Set<String> OUTCOME_REPORTS =
      Set.of("HIRA_OUTCOME_6_MONTHS", "HIRA_OUTCOME_12_MONTHS");

  private FollowUpCodes() {}

  public static boolean isTask(String kind) {
    return !PERIODS.contains(kind);
  }

  public static boolean isOutcomeReport(String kind) {
    return OUTCOME_REPORTS.contains(kind);
  }
}
