package org.openv2v.economics.model;

/**
 * Korea's patient-level performance-based risk sharing for DLBCL (korea-and-seed.md §2.1, §2.4):
 * outcomes are reported to HIRA at 6 and 12 months after infusion (KR-21) and the manufacturer
 * refunds part of the price for patients without response. The refund shares are confidential;
 * models state theirs as assumptions.
 *
 * @param nonResponseAt6Months share of infused patients without response at the 6-month report
 * @param lossOfResponseBy12Months share of 6-month responders without response at 12 months
 * @param refundShareAt6Months share of the price refunded for a 6-month non-responder
 * @param refundShareAt12Months share of the price refunded for a 12-month non-responder
 */
public record OutcomeBasedRefund(
    double nonResponseAt6Months,
    double lossOfResponseBy12Months,
    double refundShareAt6Months,
    double refundShareAt12Months) {

  public static final OutcomeBasedRefund NONE = new OutcomeBasedRefund(0, 0, 0, 0);

  public OutcomeBasedRefund {
    for (double p :
        new double[] {
          nonResponseAt6Months,
          lossOfResponseBy12Months,
          refundShareAt6Months,
          refundShareAt12Months
        }) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("refund shares and probabilities must be in [0, 1]");
      }
    }
  }

  /** The refund for one patient by response: 0 for a responder at both reports. */
  public double refund(double price, boolean respondsAt6Months, boolean respondsAt12Months) {
    if (!respondsAt6Months) {
      return price * refundShareAt6Months;
    }
    return respondsAt12Months ? 0 : price * refundShareAt12Months;
  }

  /** Expected refund at 6 months per infused patient (undiscounted). */
  public double expectedAt6Months(double price) {
    return price * nonResponseAt6Months * refundShareAt6Months;
  }

  /** Expected refund at 12 months per infused patient (undiscounted). */
  public double expectedAt12Months(double price) {
    return price * (1 - nonResponseAt6Months) * lossOfResponseBy12Months * refundShareAt12Months;
  }

  /** Expected refund per infused patient, each payment discounted to the infusion. */
  public double expectedPresentValue(double price, double discountRate) {
    return expectedAt6Months(price) * Discounting.factor(discountRate, 0.5)
        + expectedAt12Months(price) * Discounting.factor(discountRate, 1.0);
  }
}
