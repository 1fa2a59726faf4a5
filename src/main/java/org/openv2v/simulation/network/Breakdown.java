package org.openv2v.simulation.network;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.openv2v.simulation.engine.Estimate;
import org.openv2v.simulation.engine.Quantiles;

/**
 * The figures of a summary that come with a 95% confidence interval across replications: the
 * referral-to-infusion funnel, the results by indication, and the interval of every headline figure
 * (each figure is computed per replication, then Student's t across replications).
 */
final class Breakdown {

  private Breakdown() {}

  static NetworkSummary.Funnel funnel(List<NetworkOutcome> all) {
    int n = all.size();
    Stage[] stages = Stage.values();
    Withdrawal[] causes = Withdrawal.values();
    // One pass over the patients (counts are whole numbers: the same sums in any order).
    double[][] counts = new double[stages.length][n];
    double[][] early = new double[causes.length][n];
    double[][] late = new double[causes.length][n];
    for (int r = 0; r < n; r++) {
      PatientRecords p = all.get(r).patients();
      for (int i = 0; i < p.size(); i++) {
        Stage reached = p.reached()[i];
        for (int s = 0; s <= reached.ordinal(); s++) {
          counts[s][r]++;
        }
        Withdrawal cause = p.withdrawal()[i];
        if (cause != null) {
          (reached.afterApheresis() ? late : early)[cause.ordinal()][r]++;
        }
      }
    }
    Map<Stage, Estimate> reachedBy = new EnumMap<>(Stage.class);
    for (Stage stage : stages) {
      reachedBy.put(stage, Estimate.of(counts[stage.ordinal()]));
    }
    Map<Withdrawal, Estimate> before = new EnumMap<>(Withdrawal.class);
    Map<Withdrawal, Estimate> after = new EnumMap<>(Withdrawal.class);
    for (Withdrawal cause : causes) {
      before.put(cause, Estimate.of(early[cause.ordinal()]));
      after.put(cause, Estimate.of(late[cause.ordinal()]));
    }
    return new NetworkSummary.Funnel(reachedBy, before, after);
  }

  static List<NetworkSummary.ByIndication> byIndication(
      NetworkScenario scenario, List<NetworkOutcome> all) {
    Set<String> indications = new LinkedHashSet<>();
    for (NetworkScenario.Arrivals a : scenario.arrivals()) {
      indications.add(a.indication());
    }
    int n = all.size();
    List<NetworkSummary.ByIndication> results = new ArrayList<>();
    for (String indication : indications) {
      double[] referred = new double[n];
      double[] infused = new double[n];
      double[] fraction = new double[n];
      double[] age = new double[n];
      double[] female = new double[n];
      double[][] withdrawn = new double[Withdrawal.values().length][n];
      List<Quantiles> v2v = new ArrayList<>(n);
      List<Quantiles> r2i = new ArrayList<>(n);
      for (int r = 0; r < n; r++) {
        PatientRecords p = all.get(r).patients();
        double[] v = new double[p.size()];
        double[] w = new double[p.size()];
        int infusedHere = 0;
        for (int i = 0; i < p.size(); i++) {
          if (!p.indication()[i].equals(indication)) {
            continue;
          }
          referred[r]++;
          age[r] += p.ageYears()[i];
          female[r] += p.female()[i] ? 1 : 0;
          if (p.infused(i)) {
            infused[r]++;
            v[infusedHere] = p.outcomeDay()[i] - p.apheresisDay()[i];
            w[infusedHere++] = p.outcomeDay()[i] - p.referralDay()[i];
          } else if (p.withdrawal()[i] != null) {
            withdrawn[p.withdrawal()[i].ordinal()][r]++;
          }
        }
        fraction[r] = referred[r] == 0 ? Double.NaN : infused[r] / referred[r];
        age[r] = referred[r] == 0 ? Double.NaN : age[r] / referred[r];
        female[r] = referred[r] == 0 ? Double.NaN : female[r] / referred[r];
        v2v.add(new Quantiles(java.util.Arrays.copyOf(v, infusedHere)));
        r2i.add(new Quantiles(java.util.Arrays.copyOf(w, infusedHere)));
      }
      Map<Withdrawal, Estimate> causes = new EnumMap<>(Withdrawal.class);
      for (Withdrawal cause : Withdrawal.values()) {
        causes.put(cause, Estimate.of(withdrawn[cause.ordinal()]));
      }
      results.add(
          new NetworkSummary.ByIndication(
              indication,
              Estimate.of(referred),
              Estimate.of(infused),
              finite(fraction),
              causes,
              finite(age),
              finite(female),
              days(v2v),
              days(r2i)));
    }
    return results;
  }

  /**
   * The 95% interval of each headline figure of summary.json, keyed by its dotted path there
   * ("withdrawn.death", "v2vDays.p50", "utilization.beds:KR-SNUH").
   */
  static Map<String, Estimate> intervals(
      List<NetworkOutcome> all, List<Quantiles> v2v, List<Quantiles> r2i, double years) {
    Map<String, Estimate> ci = new LinkedHashMap<>();
    ci.put("referred", of(all, o -> o.referred()));
    ci.put("infused", of(all, o -> o.infused()));
    ci.put("fractionInfused", of(all, NetworkOutcome::fractionInfused));
    putDays(ci, "v2vDays", v2v);
    putDays(ci, "referralToInfusionDays", r2i);
    for (Withdrawal cause : Withdrawal.values()) {
      ci.put("withdrawn." + cause.key(), of(all, o -> o.withdrawn()[cause.ordinal()]));
    }
    ci.put("waitlist.mean", of(all, NetworkOutcome::waitlistMean));
    for (String resource : all.get(0).utilization().keySet()) {
      ci.put("utilization." + resource, of(all, o -> o.utilization().getOrDefault(resource, 0.0)));
    }
    ci.put("perYear.referred", of(all, o -> o.referred() / years));
    ci.put("perYear.infused", of(all, o -> o.infused() / years));
    ci.put("infusions.outpatient", of(all, o -> o.infusedOutpatient()));
    ci.put("infusions.outOfSpecification", of(all, o -> o.outOfSpecification()));
    ci.put("infusions.bridged", of(all, o -> o.bridged()));
    ci.put("infusions.reApheresis", of(all, o -> o.reApheresis()));
    ci.put("stillWaitingAtEnd", of(all, o -> o.censored()));
    ci.put("littlesLaw.meanInPathway", of(all, NetworkOutcome::waitlistMean));
    ci.put("littlesLaw.referralsPerDay", of(all, o -> o.referred() / o.windowDays()));
    ci.put("littlesLaw.meanDaysInPathway", of(all, NetworkOutcome::meanDaysInPathway));
    return ci;
  }

  private static void putDays(
      Map<String, Estimate> ci, String name, List<Quantiles> perReplication) {
    NetworkSummary.DaysCi d = days(perReplication);
    ci.put(name + ".p10", d.p10());
    ci.put(name + ".p50", d.p50());
    ci.put(name + ".p90", d.p90());
    ci.put(name + ".mean", d.mean());
  }

  /** Per-replication quantiles and means of durations, each with its t-interval. */
  private static NetworkSummary.DaysCi days(List<Quantiles> perReplication) {
    int n = perReplication.size();
    double[] p10 = new double[n];
    double[] p50 = new double[n];
    double[] p90 = new double[n];
    double[] mean = new double[n];
    for (int r = 0; r < n; r++) {
      Quantiles q = perReplication.get(r);
      p10[r] = q.at(0.1);
      p50[r] = q.at(0.5);
      p90[r] = q.at(0.9);
      mean[r] = q.mean();
    }
    return new NetworkSummary.DaysCi(finite(p10), finite(p50), finite(p90), finite(mean));
  }

  private static Estimate of(List<NetworkOutcome> all, ToDoubleFunction<NetworkOutcome> figure) {
    double[] values = new double[all.size()];
    for (int r = 0; r < values.length; r++) {
      values[r] = figure.applyAsDouble(all.get(r));
    }
    return finite(values);
  }

  /**
   * The estimate over the replications where the figure exists (a replication with no infusion has
   * no median vein-to-vein time).
   */
  private static Estimate finite(double[] values) {
    return Estimate.of(java.util.Arrays.stream(values).filter(Double::isFinite).toArray());
  }
}
