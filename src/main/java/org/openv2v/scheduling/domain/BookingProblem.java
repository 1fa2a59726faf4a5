package org.openv2v.scheduling.domain;

/** Why an option cannot be booked as it stands, in the order the coordinator should fix them. */
public enum BookingProblem {
  /** The option collects at another site than the case's. */
  OTHER_SITE,
  /** The option's manufacturing slot no longer exists. */
  SLOT_GONE,
  /** The slot is for another product or facility than the case needs. */
  OTHER_SLOT,
  /** The collection day is today or earlier. */
  DAY_PASSED,
  /** The site does not collect on that day (blackout day or closed). */
  SITE_CLOSED,
  /** No courier lane joins the case's sites. */
  NO_LANE,
  /** The cells would reach the facility outside the slot's week. */
  OUTSIDE_WEEK
}
