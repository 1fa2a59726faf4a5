package org.openv2v.safety.domain;

/** One item of the pre-infusion checklist: whether it is met, and why. */
public record ChecklistItem(String item, boolean met, String why) {

  public static final String LYMPHODEPLETION = "LYMPHODEPLETION";
  public static final String TOCILIZUMAB = "TOCILIZUMAB_RESERVED";
  public static final String BEDSIDE = "BEDSIDE_VERIFICATION";
  public static final String PHYSICIAN = "PHYSICIAN_CHECKLIST";
}
