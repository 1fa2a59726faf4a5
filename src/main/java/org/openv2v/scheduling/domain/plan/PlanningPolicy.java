package org.openv2v.scheduling.domain.plan;

/**
 * What the planner is told to respect beyond capacity: the longest wait (listing to earliest
 * infusion) any case should have, and what leaving a case without a slot costs against that.
 */
public record PlanningPolicy(int maxWaitDays) {

  public PlanningPolicy {
    if (maxWaitDays < 1) {
      throw new IllegalArgumentException("maxWaitDays must be at least 1");
    }
  }
}
