package org.openv2v.validation;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as a reader expects them: grouped, a fixed number of decimals per unit, shares as
 * percentages, a true minus sign, never {@code -0} or an exponent.
 */
public final class CheckFigures {

  private final Locale locale;

  CheckFigures(Locale locale) {
    this.locale = locale;
  }

  /** A figure of this check, e.g. its published value or the model's. */
  public String value(Check check, Double value) {
    if (value == null || value.isNaN()) {
      return "–";
    }
    Unit unit = Unit.of(check.unit());
    return plain(unit.percent ? 100 * value : value, unit.decimals) + (unit.percent ? "%" : "");
  }

  /** A difference, signed; between shares in percentage points. */
  public String signed(Check check, Double value) {
    if (value == null || value.isNaN()) {
      return "–";
    }
    Unit unit = Unit.of(check.unit());
    String text =
        unit.percent
            ? plain(100 * value, unit.decimals) + (locale.getLanguage().equals("ko") ? "%p" : " pp")
            : value(check, value);
    boolean zero = text.replaceAll("[^1-9]", "").isEmpty();
    if (zero) {
      return text.replace("−", "");
    }
    return value > 0 ? "+" + text : text;
  }

  /** The tolerance as written on the page: ±1%, ±0.1 years or the interval itself. */
  public String tolerance(Check check) {
    return switch (check.toleranceKind()) {
      case "relative" -> "±" + plain(100 * check.tolerance(), 1) + "%";
      case "absolute" -> "±" + value(check, check.tolerance());
      default -> value(check, check.low()) + " – " + value(check, check.high());
    };
  }

  private String plain(double value, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setGroupingUsed(true);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    double rounded = Math.round(value * Math.pow(10, decimals)) / Math.pow(10, decimals);
    String text = format.format(rounded == 0 ? 0.0 : rounded);
    return text.startsWith("-") ? "−" + text.substring(1) : text;
  }
}
