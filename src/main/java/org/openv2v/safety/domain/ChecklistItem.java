package org.openv2v.safety.domain;

import java.util.List;

/**
 * One item of the pre-infusion checklist: whether it is met, and why. {@code why} is English, for
 * the API; {@code reason} and {@code arguments} are the same in the bundles' words ({@code
 * safety.checklist.why.<reason>}), for the pages, with dates and numbers as values.
 */
public record ChecklistItem(
    String item, boolean met, String why, String reason, List<Object> arguments) {

  public static final String LYMPHODEPLETION = "LYMPHODEPLETION";
  public static final String TOCILIZUMAB = "TOCILIZUMAB_RESERVED";
  public static final String BEDSIDE = "BEDSIDE_VERIFICATION";
  public static final String PHYSICIAN = "PHYSICIAN_CHECKLIST";

  public ChecklistItem {
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  /** An item with its English reason only: pages show it as it is. */
  public ChecklistItem(String item, boolean met, String why) {
    this(item, met, why, null, List.of());
  }

  /** The same item with its reason in the bundles' words. */
  public ChecklistItem worded(String reason, Object... arguments) {
    return new ChecklistItem(item, met, why, reason, List.of(arguments));
  }
}
