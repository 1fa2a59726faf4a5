package org.openv2v.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the numbers of one axis are written: one fixed number of decimals for every label, digits
 * grouped (1,186,000), and past a million a compact form chosen by the axis range ("1.19 M"; in
 * Korean "119만", "1.2억"). Never scientific notation, never {@code -0}, never {@code NaN}; a minus
 * is the typographic minus sign (U+2212).
 *
 * @param divisor what every value is divided by before writing (1, a million, 10⁴ for 만 …)
 * @param suffix what follows the number (" M", "만", or nothing)
 * @param decimals the number of decimals on every label
 * @param locale the reader's language
 */
public record NumberLabels(double divisor, String suffix, int decimals, Locale locale) {

  /** The sign written before negative numbers. */
  public static final char MINUS = '\u2212';

  /** Written where there is no number. */
  public static final String NONE = "—";

  /** Labels for ticks {@code step} apart reaching {@code largest} in absolute value. */
  public static NumberLabels forAxis(double step, double largest, Locale locale) {
    return forAxis(step, largest, -1, locale);
  }

  /**
   * Labels for ticks {@code step} apart reaching {@code largest}; {@code fixedDecimals} ≥ 0 fixes
   * the decimals (counted after any compact divisor).
   */
  public static NumberLabels forAxis(
      double step, double largest, int fixedDecimals, Locale locale) {
    double magnitude = Math.abs(largest);
    double divisor = 1;
    String suffix = "";
    boolean korean = "ko".equals(locale.getLanguage());
    if (magnitude >= 1e6) {
      if (korean) {
        divisor = magnitude >= 1e12 ? 1e12 : magnitude >= 1e8 ? 1e8 : 1e4;
        suffix = divisor == 1e12 ? "조" : divisor == 1e8 ? "억" : "만";
      } else {
        divisor = magnitude >= 1e12 ? 1e12 : magnitude >= 1e9 ? 1e9 : 1e6;
        suffix = divisor == 1e12 ? " T" : divisor == 1e9 ? " B" : " M";
      }
    }
    int decimals = fixedDecimals >= 0 ? fixedDecimals : decimalsFor(step / divisor);
    return new NumberLabels(divisor, suffix, decimals, locale);
  }

  /** Enough decimals to tell ticks {@code step} apart, and no more. */
  static int decimalsFor(double step) {
    if (!(step > 0) || !Double.isFinite(step) || step >= 1) {
      return 0;
    }
    BigDecimal exact = new BigDecimal(Double.toString(step)).stripTrailingZeros();
    return Math.min(10, Math.max(0, exact.scale()));
  }

  /** Plain grouped numbers with this many decimals. */
  public static NumberLabels plain(int decimals, Locale locale) {
    return new NumberLabels(1, "", decimals, locale);
  }

  /** The label for one value. */
  public String format(double value) {
    if (!Double.isFinite(value)) {
      return NONE;
    }
    BigDecimal rounded = new BigDecimal(value / divisor).setScale(decimals, RoundingMode.HALF_EVEN);
    if (rounded.signum() == 0) {
      // Never "-0"; and zero is zero, not "0 M".
      rounded = rounded.abs();
      if (!suffix.isEmpty()) {
        return "0";
      }
    }
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    String text = format.format(rounded.abs());
    return (rounded.signum() < 0 ? MINUS + text : text) + suffix;
  }
}
