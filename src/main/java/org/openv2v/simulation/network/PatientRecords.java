package org.openv2v.simulation.network;

import java.util.List;

/**
 * The patients one replication counted (referred after the warm-up), in referral order, as columns:
 * who they were, when they were referred, how far they got and how they left. Days are since the
 * start of the run; NaN means "none" (never collected, or still waiting at the end).
 */
public record PatientRecords(
    String[] indication,
    int[] ageYears,
    boolean[] female,
    double[] referralDay,
    Stage[] reached,
    Withdrawal[] withdrawal,
    double[] outcomeDay,
    double[] apheresisDay) {

  public int size() {
    return referralDay.length;
  }

  public boolean infused(int i) {
    return reached[i] == Stage.INFUSED;
  }

  /** Still in the pathway when the run ended: neither infused nor withdrawn. */
  public boolean waiting(int i) {
    return reached[i] != Stage.INFUSED && withdrawal[i] == null;
  }

  /** INFUSED, WAITING or the withdrawal's name (PROGRESSION, DEATH, ...), as in patients.csv. */
  public String outcome(int i) {
    if (infused(i)) {
      return "INFUSED";
    }
    return withdrawal[i] == null ? "WAITING" : withdrawal[i].name();
  }

  /**
   * The {@code n} counted patients among the first {@code referrals}, read from the replication's
   * array with each stream's indication looked up once: C1 made two interface calls a patient to
   * read them from lists.
   */
  static PatientRecords of(
      SimulatedPatient[] patients, int referrals, int n, List<NetworkScenario.Arrivals> streams) {
    String[] indications = new String[streams.size()];
    for (int s = 0; s < indications.length; s++) {
      indications[s] = streams.get(s).indication();
    }
    PatientRecords r =
        new PatientRecords(
            new String[n],
            new int[n],
            new boolean[n],
            new double[n],
            new Stage[n],
            new Withdrawal[n],
            new double[n],
            new double[n]);
    int i = 0;
    for (int at = 0; at < referrals; at++) {
      SimulatedPatient p = patients[at];
      if (!p.counted) {
        continue;
      }
      r.indication[i] = indications[p.stream];
      r.ageYears[i] = p.ageYears;
      r.female[i] = p.female;
      r.referralDay[i] = p.referredAt;
      r.reached[i] = p.reached;
      r.withdrawal[i] = p.withdrawal;
      r.outcomeDay[i] = p.leftAt;
      r.apheresisDay[i] = p.apheresisAt;
      i++;
    }
    return r;
  }
}
