package org.openv2v.validation;

import java.util.Arrays;

/** How a target's figures are shown: decimals, and whether as a percentage. */
enum Unit {
  YEARS("years", 2, false),
  MONTHS("months", 1, false),
  USD("usd", 0, false),
  USD_PER_QALY("usdPerQaly", 0, false),
  PER_QALY("perQaly", 0, false),
  PER_LY("perLy", 0, false),
  QALYS("qalys", 2, false),
  SHARE("share", 1, true);

  private final String key;
  final int decimals;
  final boolean percent;

  Unit(String key, int decimals, boolean percent) {
    this.key = key;
    this.decimals = decimals;
    this.percent = percent;
  }

  String key() {
    return key;
  }

  static Unit of(String key) {
    return Arrays.stream(values())
        .filter(u -> u.key.equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown unit " + key));
  }
}
