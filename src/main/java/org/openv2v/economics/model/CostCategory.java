package org.openv2v.economics.model;

import java.util.Locale;

/** Where the money goes along the CAR-T pathway and after it. */
public enum CostCategory {
  DRUG,
  PROCEDURES,
  HOSPITAL,
  ADVERSE_EVENTS,
  MONITORING,
  FOLLOW_UP,
  TERMINAL_CARE,
  TRAVEL,
  OTHER,
  /** Manufacturer refunds to the payer (negative). */
  REFUNDS;

  /** The name used in model files and JSON: {@code adverseEvents}. */
  public String key() {
    String[] words = name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder key = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return key.toString();
  }

  public static CostCategory fromKey(String key) {
    for (CostCategory c : values()) {
      if (c.key().equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException(key);
  }
}
