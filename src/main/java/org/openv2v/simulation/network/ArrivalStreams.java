package org.openv2v.simulation.network;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Who is referred, from where, to which centre, and what they risk while they wait: a scenario's
 * arrival streams (one per indication and region) as flat tables, built once per replication so
 * that a referral reads arrays, not records and maps.
 */
final class ArrivalStreams {

  private final int[][] centresByRegion;
  private final double[] centreBeds;
  private final double[] travelDaysByRegion;
  private final double[] centreCumulativeBeds;
  private final int[] streamRegion;
  private final double[] streamCumulative;
  private final double[] hazardTotal;
  private final double[] hazardDeathShare;
  private final double[] hazardAfterApheresis;
  private final double[] ageMedian;
  private final double[] ageMin;
  private final double[] ageMax;
  private final double[] femaleFraction;

  ArrivalStreams(NetworkScenario scenario) {
    List<NetworkScenario.Centre> centres = scenario.centres();
    centreCumulativeBeds = new double[centres.size()];
    centreBeds = new double[centres.size()];
    double totalBeds = 0;
    for (int c = 0; c < centres.size(); c++) {
      centreBeds[c] = centres.get(c).beds();
      totalBeds += centres.get(c).beds();
      centreCumulativeBeds[c] = totalBeds;
    }
    List<NetworkScenario.Region> regions = scenario.regions();
    centresByRegion = new int[regions.size()][];
    travelDaysByRegion = new double[regions.size()];
    for (int r = 0; r < regions.size(); r++) {
      String name = regions.get(r).name();
      travelDaysByRegion[r] = regions.get(r).travelDays();
      centresByRegion[r] =
          IntStream.range(0, centres.size())
              .filter(c -> centres.get(c).region().equals(name))
              .toArray();
    }
    List<NetworkScenario.Arrivals> arrivals = scenario.arrivals();
    int streams = arrivals.size();
    streamRegion = new int[streams];
    streamCumulative = new double[streams];
    hazardTotal = new double[streams];
    hazardDeathShare = new double[streams];
    hazardAfterApheresis = new double[streams];
    ageMedian = new double[streams];
    ageMin = new double[streams];
    ageMax = new double[streams];
    femaleFraction = new double[streams];
    double perDay = 0;
    for (int s = 0; s < streams; s++) {
      NetworkScenario.Arrivals a = arrivals.get(s);
      perDay += a.perYear() / NetworkReplication.DAYS_PER_YEAR;
      streamCumulative[s] = perDay;
      for (int r = 0; r < regions.size(); r++) {
        if (regions.get(r).name().equals(a.region())) {
          streamRegion[s] = r;
        }
      }
      NetworkScenario.Hazards h = scenario.hazards().get(a.indication());
      hazardTotal[s] = h.totalPerDay();
      hazardDeathShare[s] = h.totalPerDay() > 0 ? h.deathPerDay() / h.totalPerDay() : 0;
      hazardAfterApheresis[s] = h.afterApheresis();
      NetworkScenario.Population who = scenario.populationOf(a.indication());
      if (who != null) {
        ageMedian[s] = who.medianAge();
        ageMin[s] = who.minAge();
        ageMax[s] = who.maxAge();
        femaleFraction[s] = who.femaleFraction();
      }
    }
  }

  /** Referrals a day, all streams together. */
  double perDay() {
    return streamCumulative[streamCumulative.length - 1];
  }

  /** The stream a referral comes from, chosen in proportion to the streams' rates. */
  int pick(UniformRandomProvider decisions) {
    double pick = decisions.nextDouble() * perDay();
    int stream = 0;
    while (stream < streamCumulative.length - 1 && pick >= streamCumulative[stream]) {
      stream++;
    }
    return stream;
  }

  int region(int stream) {
    return streamRegion[stream];
  }

  /** Days of travel to a centre elsewhere, for a region that has none of its own. */
  double travelDays(int region) {
    return centresByRegion[region].length == 0 ? travelDaysByRegion[region] : 0;
  }

  /** A centre in the patient's region, else any centre, chosen in proportion to its beds. */
  int chooseCentre(int region, UniformRandomProvider decisions) {
    int[] local = centresByRegion[region];
    if (local.length == 1) {
      return local[0];
    }
    if (local.length > 1) {
      double total = 0;
      for (int c : local) {
        total += centreBeds[c];
      }
      double pick = decisions.nextDouble() * total;
      for (int c : local) {
        pick -= centreBeds[c];
        if (pick < 0) {
          return c;
        }
      }
      return local[local.length - 1];
    }
    double pick = decisions.nextDouble() * centreCumulativeBeds[centreCumulativeBeds.length - 1];
    for (int c = 0; c < centreCumulativeBeds.length; c++) {
      if (pick < centreCumulativeBeds[c]) {
        return c;
      }
    }
    return centreCumulativeBeds.length - 1;
  }

  /**
   * Age in whole years at referral: half the patients uniformly between the minimum and the median,
   * half between the median and the maximum, which keeps the published median and range.
   */
  void drawDemographics(SimulatedPatient p, UniformRandomProvider demographics) {
    int s = p.stream;
    double u = demographics.nextDouble();
    double age =
        u < 0.5
            ? ageMin[s] + (ageMedian[s] - ageMin[s]) * 2 * u
            : ageMedian[s] + (ageMax[s] - ageMedian[s]) * 2 * (u - 0.5);
    // Math.floor(age) for the non-negative ages: C1 does not inline Math.floor, and a call into
    // StrictMath for every patient showed in the profile. (long) truncates, which is the floor for
    // non-negative doubles, and converted back it is the same double.
    double floor = age >= 0 && age < 0x1p62 ? (double) (long) age : Math.floor(age);
    p.ageYears = (int) Math.min(floor, ageMax[s]);
    p.female = demographics.nextDouble() < femaleFraction[s];
  }

  /** The patient's hazard of leaving the pathway, per day, now. */
  double hazardPerDay(SimulatedPatient p) {
    return hazardTotal[p.stream] * (p.afterApheresis ? hazardAfterApheresis[p.stream] : 1);
  }

  /** Which way a hazard that falls due takes the patient out, from a uniform draw. */
  Withdrawal hazardCause(SimulatedPatient p, double uniform) {
    return uniform < hazardDeathShare[p.stream] ? Withdrawal.DEATH : Withdrawal.PROGRESSION;
  }
}
