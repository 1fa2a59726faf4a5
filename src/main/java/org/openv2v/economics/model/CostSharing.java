package org.openv2v.economics.model;

import java.util.List;

/**
 * Korea's cost sharing for a registered cancer patient: a co-payment rate on covered costs (5%
 * under the cancer special-calculation scheme, 산정특례, korea-and-seed.md §2.3 KR-05), capped per
 * calendar year by the income-dependent out-of-pocket ceiling (본인부담상한제, KR-07, KR-08).
 *
 * @param coPaymentRate the patient's share of covered costs, before the ceiling
 * @param ceilings the yearly ceiling by income decile, lowest income first
 */
public record CostSharing(double coPaymentRate, List<Ceiling> ceilings) {

  /** The yearly out-of-pocket ceiling for income deciles {@code fromDecile..toDecile}. */
  public record Ceiling(int fromDecile, int toDecile, double amount) {}

  public CostSharing {
    if (!(coPaymentRate >= 0 && coPaymentRate <= 1)) {
      throw new IllegalArgumentException("co-payment rate must be in [0, 1]");
    }
    ceilings = List.copyOf(ceilings);
    // Loops, not streams: the economic model builds one of these per arm evaluation.
    for (int decile = 1; decile <= 10; decile++) {
      int matching = 0;
      for (Ceiling c : ceilings) {
        if (c.fromDecile() <= decile && decile <= c.toDecile()) {
          matching++;
        }
      }
      if (matching != 1) {
        throw new IllegalArgumentException(
            "income decile " + decile + " needs exactly one ceiling");
      }
    }
  }

  public double ceiling(int incomeDecile) {
    for (Ceiling c : ceilings) {
      if (c.fromDecile() <= incomeDecile && incomeDecile <= c.toDecile()) {
        return c.amount();
      }
    }
    throw new IllegalArgumentException("income decile must be 1..10");
  }

  /** What the patient pays for one calendar year's covered costs. */
  public double patientPays(double coveredCostsInYear, int incomeDecile) {
    return Math.min(coPaymentRate * coveredCostsInYear, ceiling(incomeDecile));
  }

  /** The patient's share (0..1) of one calendar year's covered costs. */
  public double patientShare(double coveredCostsInYear, int incomeDecile) {
    return coveredCostsInYear <= 0
        ? coPaymentRate
        : patientPays(coveredCostsInYear, incomeDecile) / coveredCostsInYear;
  }
}
