package org.openv2v.worklist;

/** What a task asks for; each has its words under {@code worklist.task.<KIND>}. */
public enum TaskKind {
  /** A follow-up visit, assessment or check of the schedule (safety module). */
  FOLLOW_UP,
  /** A HIRA outcome report for a lymphoma patient, at 6 or 12 months. */
  OUTCOME_REPORT,
  /** A custody step the journey passed without its signed record. */
  UNSIGNED_CUSTODY,
  /** Payer approval is in: book the collection and a manufacturing slot. */
  TO_BOOK,
  /** No feasible option: the case waits on the waitlist for capacity. */
  WAITLISTED,
  /** Manufacturing failed: collect again, or accept the product out of specification. */
  DECIDE_AFTER_FAILURE,
  /** The product is at the centre: start lymphodepletion. */
  START_LYMPHODEPLETION,
  /** Infusion day: lymphodepletion is finished, the two-person bedside check comes next. */
  BEDSIDE_CHECK,
  /** The case waits on someone outside the team: payer, courier or manufacturer. */
  WAITING_ON
}
