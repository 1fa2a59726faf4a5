package org.openv2v.economics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Korea's payer rules (korea-and-seed.md §2.2–§2.4): 5% co-payment (KR-05) capped by the yearly
 * out-of-pocket ceiling by income (KR-07, KR-08), outcome refunds at 6 and 12 months (KR-21, KR-22)
 * and the yearly expenditure cap (KR-17).
 */
class KoreanPayerRulesTests {

  static final double PRICE = 360_039_359; // KR-03
  static final double FEES = 216_398 + 1_335_862 + 79_651 + 197_873; // KR-10, = KR-11

  static final CostSharing SHARING =
      new CostSharing(
          0.05,
          List.of(
              new CostSharing.Ceiling(1, 1, 830_000),
              new CostSharing.Ceiling(2, 3, 1_030_000),
              new CostSharing.Ceiling(4, 5, 1_550_000),
              new CostSharing.Ceiling(6, 7, 2_890_000),
              new CostSharing.Ceiling(8, 8, 3_600_000),
              new CostSharing.Ceiling(9, 9, 4_430_000),
              new CostSharing.Ceiling(10, 10, 5_980_000)));

  @Test
  void should_add_the_four_procedure_fees_to_the_published_total() {
    assertThat(FEES).isEqualTo(1_829_784); // KR-11
  }

  @ParameterizedTest(name = "decile {0} pays {1} of the product")
  @CsvSource({
    "1,  830000",
    "2,  1030000",
    "3,  1030000",
    "5,  1550000",
    "7,  2890000",
    "8,  3600000",
    "9,  4430000",
    "10, 5980000",
  })
  void should_cap_the_five_percent_of_the_product_at_the_income_ceiling(int decile, double pays) {
    // 5% of the ceiling price is 18,001,968 KRW (KR-06), above every ceiling: KR-08's 0.83–5.98 M.
    assertThat(0.05 * PRICE).isCloseTo(18_001_968, within(0.5));
    assertThat(SHARING.patientPays(PRICE + FEES, decile)).isEqualTo(pays);
  }

  @ParameterizedTest(name = "decile {0}")
  @CsvSource({"1", "4", "10"})
  void should_charge_five_percent_of_the_procedure_fees_alone_under_every_ceiling(int decile) {
    assertThat(SHARING.patientPays(FEES, decile)).isCloseTo(91_489.2, within(0.01)); // KR-12
  }

  @Test
  void should_refund_by_response_at_6_and_12_months() {
    OutcomeBasedRefund refund = new OutcomeBasedRefund(99.0 / 130, 0.15, 0.5, 0.25);
    assertThat(refund.refund(PRICE, false, false)).isEqualTo(PRICE * 0.5);
    assertThat(refund.refund(PRICE, false, true)).isEqualTo(PRICE * 0.5);
    assertThat(refund.refund(PRICE, true, false)).isEqualTo(PRICE * 0.25);
    assertThat(refund.refund(PRICE, true, true)).isZero();
    // KR-22: 99/130 refund-eligible at 6 months.
    assertThat(refund.expectedAt6Months(PRICE)).isCloseTo(PRICE * 99 / 130 * 0.5, within(1e-3));
    assertThat(refund.expectedAt12Months(PRICE))
        .isCloseTo(PRICE * 31 / 130 * 0.15 * 0.25, within(1e-3));
    assertThat(refund.expectedPresentValue(PRICE, 0))
        .isCloseTo(
            refund.expectedAt6Months(PRICE) + refund.expectedAt12Months(PRICE), within(1e-3));
    assertThat(refund.expectedPresentValue(PRICE, 0.045))
        .isCloseTo(
            refund.expectedAt6Months(PRICE) / Math.sqrt(1.045)
                + refund.expectedAt12Months(PRICE) / 1.045,
            within(1e-3));
    assertThat(OutcomeBasedRefund.NONE.expectedPresentValue(PRICE, 0.03)).isZero();
  }

  @Test
  void should_refund_spending_above_the_yearly_cap() {
    ExpenditureCap cap = new ExpenditureCap(70.9e9, 1.0); // KR-17
    double belowCap = 190 * PRICE;
    double aboveCap = 200 * PRICE; // 72.0 bn for the ~200 patients budgeted (KR-15)
    assertThat(cap.refund(belowCap)).isZero();
    assertThat(cap.netSpending(belowCap)).isEqualTo(belowCap);
    assertThat(cap.refund(aboveCap)).isCloseTo(200 * PRICE - 70.9e9, within(1e-3));
    assertThat(cap.netSpending(aboveCap)).isCloseTo(70.9e9, within(1e-3));
    assertThat(new ExpenditureCap(70.9e9, 0.5).refund(aboveCap))
        .isCloseTo((200 * PRICE - 70.9e9) / 2, within(1e-3));
  }
}
