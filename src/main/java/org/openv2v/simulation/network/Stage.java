package org.openv2v.simulation.network;

/**
 * How far a referred patient got on the way to infusion: the referral-to-infusion funnel. A patient
 * who needs a second collection after a failed manufacture keeps the furthest stage reached.
 */
public enum Stage {
  REFERRED("referred"),
  ELIGIBLE("eligible"),
  APPROVED("approved"),
  COLLECTED("collected"),
  MANUFACTURED("manufactured"),
  RELEASED("released"),
  INFUSED("infused");

  private final String key;

  Stage(String key) {
    this.key = key;
  }

  /** The name used in summary.json. */
  public String key() {
    return key;
  }

  /** Whether the patient's cells had been collected (losses after this are "after apheresis"). */
  public boolean afterApheresis() {
    // Ordinals, as compareTo compares them: the quick compiler (C1) calls compareTo, with its
    // checks.
    return ordinal() >= COLLECTED.ordinal();
  }
}
