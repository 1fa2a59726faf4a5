package org.openv2v.simulation.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openv2v.simulation.engine.Estimate;

/**
 * A network scenario's results across replications: what summary.json holds. Counts are means per
 * replication over the measured years; day distributions pool every infused patient of every
 * replication. See docs/simulation.md for each field.
 */
public record NetworkSummary(
    String scenario,
    String product,
    double years,
    int replications,
    long seed,
    double referred,
    double infused,
    Estimate fractionInfused,
    Days veinToVein,
    Days referralToInfusion,
    Map<Withdrawal, Double> withdrawn,
    double censored,
    double waitlistMean,
    double waitlistMax,
    Map<String, Double> utilization,
    double infusedOutpatient,
    double outOfSpecification,
    double bridged,
    double reApheresis,
    LittlesLaw littlesLaw,
    double[] monthlyWaitlist,
    long[] veinToVeinHistogram,
    long events) {

  /** Width of the vein-to-vein histogram's bins, in days; the last bin holds the rest. */
  public static final double HISTOGRAM_BIN_DAYS = 5;

  public static final int HISTOGRAM_BINS = 24;

  /** A distribution of durations in days. */
  public record Days(double p10, double p50, double p90, double mean, long count) {}

  /**
   * The model's own check of L = λW: the time-average number of patients in the pathway against the
   * referral rate times the mean days from referral to infusion or withdrawal.
   */
  public record LittlesLaw(double meanInPathway, double referralsPerDay, double meanDaysInPathway) {
    public double lambdaW() {
      return referralsPerDay * meanDaysInPathway;
    }
  }

  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scenario", scenario);
    json.put("product", product);
    json.put("years", years);
    json.put("replications", replications);
    json.put("seed", seed);
    json.put("referred", referred);
    json.put("infused", infused);
    json.put(
        "fractionInfused",
        map(
            "mean",
            fractionInfused.mean(),
            "ci95",
            List.of(fractionInfused.lower(), fractionInfused.upper())));
    json.put("v2vDays", days(veinToVein));
    json.put("referralToInfusionDays", days(referralToInfusion));
    Map<String, Object> causes = new LinkedHashMap<>();
    for (Withdrawal cause : Withdrawal.values()) {
      causes.put(cause.key(), withdrawn.get(cause));
    }
    json.put("withdrawn", causes);
    json.put("waitlist", map("mean", waitlistMean, "max", waitlistMax));
    json.put("utilization", new LinkedHashMap<>(utilization));
    json.put("perYear", map("referred", referred / years, "infused", infused / years));
    json.put(
        "infusions",
        map(
            "outpatient", infusedOutpatient,
            "outOfSpecification", outOfSpecification,
            "bridged", bridged,
            "reApheresis", reApheresis));
    json.put("stillWaitingAtEnd", censored);
    json.put(
        "littlesLaw",
        map(
            "meanInPathway", littlesLaw.meanInPathway(),
            "referralsPerDay", littlesLaw.referralsPerDay(),
            "meanDaysInPathway", littlesLaw.meanDaysInPathway(),
            "lambdaW", littlesLaw.lambdaW()));
    json.put("events", events);
    return json;
  }

  private static Map<String, Object> days(Days d) {
    return map("p10", d.p10(), "p50", d.p50(), "p90", d.p90(), "mean", d.mean());
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
