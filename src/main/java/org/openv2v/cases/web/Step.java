package org.openv2v.cases.web;

/**
 * One step of the journey stepper. The page says its status in words with the bundle's {@code
 * step.status.<status>}.
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
}
