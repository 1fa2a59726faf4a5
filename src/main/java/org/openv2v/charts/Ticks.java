package org.openv2v.charts;

/**
 * "Nice" ends and steps for a numeric axis: steps of 1, 2 or 5 times a power of ten, ends on a
 * whole step, zero included when the data sit near it (Heckbert, "Nice numbers for graph labels",
 * Graphics Gems, 1990).
 *
 * @param low the axis's lower end
 * @param high the axis's upper end
 * @param step the distance between ticks
 */
public record Ticks(double low, double high, double step) {

  /** At most about this many intervals on an axis (one more when the ends round outwards). */
  static final int TARGET = 7;

  /**
   * Ticks for data from {@code min} to {@code max}. Data all on one side of zero and closer to it
   * than their own spread start the axis at zero, so bar heights and ratios read true.
   */
  public static Ticks of(double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max)) {
      return new Ticks(0, 1, 0.2);
    }
    if (min > max) {
      double t = min;
      min = max;
      max = t;
    }
    if (min > 0 && min <= max - min) {
      min = 0;
    } else if (max < 0 && -max <= max - min) {
      max = 0;
    }
    if (max == min) {
      double pad = min == 0 ? 1 : Math.abs(min) / 2;
      min -= pad;
      max += pad;
      if (min < 0 && max > 0 && (min + pad == 0 || max - pad == 0)) {
        min = Math.min(min, 0);
      }
    }
    double step = step((max - min) / TARGET);
    double low = Math.floor(min / step + 1e-9) * step;
    double high = Math.ceil(max / step - 1e-9) * step;
    return new Ticks(clean(low, step), clean(high, step), step);
  }

  /** Ticks on fixed ends (e.g. grade 0 to 5), with a nice step between them. */
  public static Ticks fixed(double low, double high) {
    return new Ticks(low, high, step((high - low) / TARGET));
  }

  /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
  public static double step(double rough) {
    if (!(rough > 0) || !Double.isFinite(rough)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    double fraction = rough / power;
    double nice =
        fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 5 + 1e-9 ? 5 : 10;
    return clean(nice * power, nice * power);
  }

  /** The tick values from low to high. */
  public double[] values() {
    int n = (int) Math.floor((high - low) / step + 1e-9);
    double[] values = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      values[i] = clean(low + i * step, step);
    }
    return values;
  }

  /** Rounds away binary noise (0.30000000000000004) to the step's own precision. */
  private static double clean(double value, double step) {
    int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step)) + 2);
    if (decimals > 15) {
      return value;
    }
    double r =
        new java.math.BigDecimal(value)
            .setScale(decimals, java.math.RoundingMode.HALF_EVEN)
            .doubleValue();
    return r == 0 ? 0 : r;
  }
}
