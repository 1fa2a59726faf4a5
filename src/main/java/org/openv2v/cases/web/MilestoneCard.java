package org.openv2v.cases.web;

import java.util.Optional;

/**
 * One milestone interval: its name, its value in days (or why there is none), how it is counted;
 * the words come from the bundle's {@code milestone.<key>.*}.
 */
record MilestoneCard(
    String key, String title, String subtitle, Long days, String value, String explanation) {

  static MilestoneCard of(String key, Optional<Long> days, boolean ended, PageWords labels) {
    String prefix = "milestone." + key;
    return new MilestoneCard(
        key,
        labels.get(prefix + ".title"),
        labels.get(prefix + ".subtitle"),
        days.orElse(null),
        days.map(n -> labels.get("milestone.days", n))
            .orElseGet(() -> labels.get(ended ? "milestone.notReached" : "milestone.notYet")),
        labels.get(prefix + ".how"));
  }

  public boolean known() {
    return days != null;
  }
}
