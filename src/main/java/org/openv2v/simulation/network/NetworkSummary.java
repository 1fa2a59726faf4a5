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
    long events,
    Map<String, Estimate> intervals,
    Funnel funnel,
    List<ByIndication> byIndication,
    PerReplication perReplication) {

  /** Width of the vein-to-vein histogram's bins, in days; the last bin holds the rest. */
  public static final double HISTOGRAM_BIN_DAYS = 5;

  public static final int HISTOGRAM_BINS = 24;

  /**
   * The referral-to-infusion funnel, counts per replication: patients who reached each stage, and
   * those lost (withdrawn) by cause before and after their cells were collected.
   */
  public record Funnel(
      Map<Stage, Estimate> reached,
      Map<Withdrawal, Estimate> lostBeforeApheresis,
      Map<Withdrawal, Estimate> lostAfterApheresis) {}

  /** Figures of each replication, in replication order, for the report's per-replication plots. */
  public record PerReplication(
      double[] fractionInfused, double[] medianReferralToInfusionDays, double[] waitlistMean) {}

  /** The results for the patients referred with one indication (counts per replication). */
  public record ByIndication(
      String indication,
      Estimate referred,
      Estimate infused,
      Estimate fractionInfused,
      Map<Withdrawal, Estimate> withdrawn,
      Estimate meanAgeYears,
      Estimate femaleFraction,
      DaysCi veinToVein,
      DaysCi referralToInfusion) {}

  /** Quantiles and mean of a duration in days, each computed per replication, with its interval. */
  public record DaysCi(Estimate p10, Estimate p50, Estimate p90, Estimate mean) {}

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
    json.put("ci95", nested(intervals));
    Map<String, Object> stages = new LinkedHashMap<>();
    funnel.reached().forEach((stage, e) -> stages.put(stage.key(), estimate(e)));
    json.put(
        "funnel",
        map(
            "reached",
            stages,
            "lostBeforeApheresis",
            causes(funnel.lostBeforeApheresis()),
            "lostAfterApheresis",
            causes(funnel.lostAfterApheresis())));
    Map<String, Object> indications = new LinkedHashMap<>();
    for (ByIndication b : byIndication) {
      indications.put(
          b.indication(),
          map(
              "referred", estimate(b.referred()),
              "infused", estimate(b.infused()),
              "fractionInfused", estimate(b.fractionInfused()),
              "withdrawn", causes(b.withdrawn()),
              "meanAgeYears", estimate(b.meanAgeYears()),
              "femaleFraction", estimate(b.femaleFraction()),
              "v2vDays", daysCi(b.veinToVein()),
              "referralToInfusionDays", daysCi(b.referralToInfusion())));
    }
    json.put("byIndication", indications);
    return json;
  }

  /** {"mean": m, "ci95": [lo, hi]}. */
  public static Map<String, Object> estimate(Estimate e) {
    return map("mean", e.mean(), "ci95", List.of(e.lower(), e.upper()));
  }

  private static Map<String, Object> causes(Map<Withdrawal, Estimate> byCause) {
    Map<String, Object> causes = new LinkedHashMap<>();
    byCause.forEach((cause, e) -> causes.put(cause.key(), estimate(e)));
    return causes;
  }

  private static Map<String, Object> daysCi(DaysCi d) {
    return map(
        "p10",
        estimate(d.p10()),
        "p50",
        estimate(d.p50()),
        "p90",
        estimate(d.p90()),
        "mean",
        estimate(d.mean()));
  }

  /** Dotted names ("withdrawn.death") as nested objects, each holding its [lo, hi]. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> nested(Map<String, Estimate> flat) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (Map.Entry<String, Estimate> entry : flat.entrySet()) {
      String key = entry.getKey();
      int dot = key.indexOf('.');
      List<Double> interval = List.of(entry.getValue().lower(), entry.getValue().upper());
      if (dot < 0) {
        root.put(key, interval);
      } else {
        ((Map<String, Object>)
                root.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<>()))
            .put(key.substring(dot + 1), interval);
      }
    }
    return root;
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
