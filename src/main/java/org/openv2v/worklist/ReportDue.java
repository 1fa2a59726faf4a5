package org.openv2v.worklist;

import java.time.LocalDate;

/**
 * A registry or regulator form of an infused case that is due and not recorded as submitted. {@code
 * form} is the form's slug (cibmtr-4100, mfds-ltfu…), worded under {@code registry.form.<slug>};
 * {@code timepoint} is "infusion", "day-100", "month-6" or "year-3"; {@code days} is how many days
 * are left, or, when overdue, how many days late.
 */
public record ReportDue(
    CaseCard caseCard, String form, String timepoint, LocalDate dueOn, boolean overdue, long days) {

  public String formKey() {
    return "registry.form." + form;
  }

  /** The words' key of the time point: registry.at.infusion, .day, .month or .year. */
  public String timepointKey() {
    int dash = timepoint.indexOf('-');
    return "registry.at." + (dash < 0 ? timepoint : timepoint.substring(0, dash));
  }

  /** The number of the time point (100 for day-100, 6 for month-6), 0 for the infusion. */
  public int timepointNumber() {
    int dash = timepoint.indexOf('-');
    return dash < 0 ? 0 : Integer.parseInt(timepoint.substring(dash + 1));
  }
}
