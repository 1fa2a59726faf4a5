package org.openv2v.economics.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;

/** Numbers in the report's tables: grouped, never -0, never an exponent, a true minus sign. */
final class Figures {

  private final Locale locale;

  Figures(Locale locale) {
    this.locale = locale;
  }

  String fixed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setGroupingUsed(true);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    double scale = Math.pow(10, decimals);
    double rounded = Math.round(value * scale) / scale;
    return minus(f.format(rounded == 0 ? 0.0 : rounded));
  }

  String money(double value) {
    return fixed(value, 0);
  }

  String percent(double share) {
    return fixed(100 * share, 1) + "%";
  }

  String icer(OptionalDouble icer) {
    return icer.isPresent() ? money(icer.getAsDouble()) : "–";
  }

  /** An input as written in the model: up to eight decimals, no trailing zeros. */
  String input(double value) {
    DecimalFormat f = new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(locale));
    return minus(f.format(value == 0 ? 0.0 : value));
  }

  /**
   * A distribution's bound: four significant digits (a 2.5% point printed to eight decimals
   * pretends to a precision the PSA does not have, and overflows its column).
   */
  String bound(double value) {
    if (!Double.isFinite(value) || value == 0) {
      return input(value);
    }
    java.math.BigDecimal rounded =
        new java.math.BigDecimal(value).round(new java.math.MathContext(4));
    return input(rounded.doubleValue());
  }

  private static String minus(String text) {
    return text.startsWith("-") ? "−" + text.substring(1) : text;
  }
}
