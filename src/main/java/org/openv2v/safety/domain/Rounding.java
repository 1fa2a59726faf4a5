package org.openv2v.safety.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Half-up rounding for display; calculations keep full precision. */
public final class Rounding {

  private Rounding() {}

  public static double places(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
  }
}
