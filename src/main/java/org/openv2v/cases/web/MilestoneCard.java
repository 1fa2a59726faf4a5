package org.openv2v.cases.web;

import java.util.Optional;

/**
 * One milestone interval: its name, its value in days (or why there is none), how it is counted.
 */
record MilestoneCard(
    String key, String title, String subtitle, Long days, String missing, String explanation) {

  static MilestoneCard of(
      String key,
      String title,
      String subtitle,
      Optional<Long> days,
      boolean ended,
      String explanation) {
    return new MilestoneCard(
        key, title, subtitle, days.orElse(null), ended ? "not reached" : "not yet", explanation);
  }

  public boolean known() {
    return days != null;
  }

  public String value() {
    if (days == null) {
      return missing;
    }
    return days == 1 ? "1 day" : days + " days";
  }
}
