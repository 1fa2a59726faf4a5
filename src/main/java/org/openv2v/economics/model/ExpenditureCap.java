package org.openv2v.economics.model;

/**
 * Korea's expenditure-cap risk sharing (korea-and-seed.md §2.2, KR-17: 70.9 bn KRW a year for
 * tisa-cel): spending on the product above the cap in a year is refunded by the manufacturer, in
 * the share the agreement sets (confidential; 1.0 by default, an assumption).
 */
public record ExpenditureCap(double yearlyCap, double excessRefundShare) {

  public ExpenditureCap {
    if (!(yearlyCap > 0)) {
      throw new IllegalArgumentException("the yearly cap must be positive");
    }
    if (!(excessRefundShare >= 0 && excessRefundShare <= 1)) {
      throw new IllegalArgumentException("the refund share of the excess must be in [0, 1]");
    }
  }

  /** The manufacturer's refund for a year's spending on the product. */
  public double refund(double yearlySpending) {
    return Math.max(0, yearlySpending - yearlyCap) * excessRefundShare;
  }

  /** The payer's spending on the product after the cap refund. */
  public double netSpending(double yearlySpending) {
    return yearlySpending - refund(yearlySpending);
  }
}
