package org.openv2v.economics.scenario;

import java.util.List;

/**
 * Yearly spending on the intervention's patient flow (referred patients, intention to treat),
 * undiscounted, by category, with the expenditure cap applied to the product's spending net of
 * outcome refunds (korea-and-seed.md §2.2: the cap RSA limits the payer's yearly product spend).
 */
public record BudgetImpact(List<Year> years, double yearlyCap, String patientsSource) {

  public record Year(
      int year,
      double patients,
      double drug,
      double procedures,
      double hospital,
      double adverseEvents,
      double other,
      double refunds,
      double capRefund,
      double total) {}
}
