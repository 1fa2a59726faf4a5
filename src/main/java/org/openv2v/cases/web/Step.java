package org.openv2v.cases.web;

/**
 * One step of the journey stepper.
 *
 * @param status {@code done}, {@code current}, {@code upcoming}, {@code skipped} (passed over, as
 *     when a patient dies before follow-up), {@code failed} or {@code withdrawn}
 * @param date the date the case last entered this step, or null if it has not
 */
record Step(String state, String label, String status, String date, String dateIso) {

  public boolean reached() {
    return date != null;
  }

  public boolean alert() {
    return "failed".equals(status) || "withdrawn".equals(status);
  }

  /** What the step's status is, in words for screen readers and tooltips. */
  public String statusWords() {
    return switch (status) {
      case "done" -> "done";
      case "current" -> "current step";
      case "skipped" -> "not reached, passed over";
      case "failed" -> "manufacturing failed";
      case "withdrawn" -> "withdrawn";
      default -> "to come";
    };
  }
}
