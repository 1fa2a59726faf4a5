package org.openv2v.economics.scenario;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * One referred patient of an access-simulator run, a row of its patients.csv (the contract is in
 * docs/economics.md, "Patient-level coupling").
 *
 * @param outcome INFUSED, PROGRESSION, DEATH, MANUFACTURING_FAILURE, INELIGIBLE, PAYER_REFUSAL or
 *     WAITING
 * @param waitDays days from referral to infusion or to leaving the pathway; empty while waiting
 */
public record ReferredPatient(
    int replication,
    int patient,
    String indication,
    String product,
    int ageYears,
    boolean male,
    double referralDay,
    String outcome,
    OptionalDouble waitDays,
    OptionalDouble veinToVeinDays) {

  static final Set<String> OUTCOMES =
      Set.of(
          "INFUSED",
          "PROGRESSION",
          "DEATH",
          "MANUFACTURING_FAILURE",
          "INELIGIBLE",
          "PAYER_REFUSAL",
          "WAITING");

  public boolean infused() {
    return outcome.equals("INFUSED");
  }

  public boolean stillWaiting() {
    return outcome.equals("WAITING");
  }
}
