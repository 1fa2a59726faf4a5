package org.openv2v.simulation.network;

import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * One replication's share of the funnel and of the results by indication, counted on the
   * replication's own thread: a pass over a million patients on the main thread, while the other
   * core idles, cost more than a tenth of a 1,000-replication run (issue 17).
   */
  record Tally(
      double[] reached, double[] early, double[] late, List<IndicationTally> indications) {}

  /**
   * One indication's patients in one replication. Its durations are kept as the four figures the
   * summary reads, not sorted arrays: a run kept every replication's arrays to its end, half of
   * what the collector copied and promoted.
   */
  record IndicationTally(
      double referred,
      double infused,
      double ageSum,
      double female,
      double[] withdrawn,
      Figures v2v,
      Figures r2i) {}

  /** A replication's quantiles and mean of a duration, as the summary reads them. */
  record Figures(double p10, double p50, double p90, double mean) {
    static Figures of(Quantiles q) {
      return new Figures(q.at(0.1), q.at(0.5), q.at(0.9), q.mean());
    }
  }

  /** The scenario's indications, in the order of their first arrival stream. */
  static List<String> indications(NetworkScenario scenario) {
    Set<String> indications = new LinkedHashSet<>();
    for (NetworkScenario.Arrivals a : scenario.arrivals()) {
      indications.add(a.indication());
    }
    return List.copyOf(indications);
  }

  /**
   * One pass over the patients for the funnel and every indication's counts, a second for the
   * durations of the infused into arrays of their exact length: a pass per indication, each
   * matching names, and arrays as long as the replication's patients cost more (issue 17).
   */
  static Tally tally(List<String> indications, PatientRecords p) {
    Stage[] stages = Stage.values();
    Withdrawal[] causes = Withdrawal.values();
    double[] reached = new double[stages.length];
    double[] early = new double[causes.length];
    double[] late = new double[causes.length];
    int k = indications.size();
    double[] referred = new double[k];
    double[] infused = new double[k];
    double[] age = new double[k];
    double[] female = new double[k];
    double[][] withdrawn = new double[k][causes.length];
    int[] which = new int[p.size()];
    for (int i = 0; i < p.size(); i++) {
      Stage stage = p.reached()[i];
      for (int s = 0; s <= stage.ordinal(); s++) {
        reached[s]++;
      }
      Withdrawal cause = p.withdrawal()[i];
      if (cause != null) {
        (stage.afterApheresis() ? late : early)[cause.ordinal()]++;
      }
      int x = indexOf(indications, p.indication()[i]);
      which[i] = x;
      if (x < 0) {
        continue;
      }
      referred[x]++;
      age[x] += p.ageYears()[i];
      female[x] += p.female()[i] ? 1 : 0;
      if (p.infused(i)) {
        infused[x]++;
      } else if (cause != null) {
        withdrawn[x][cause.ordinal()]++;
      }
    }
    double[][] v = new double[k][];
    double[][] w = new double[k][];
    for (int x = 0; x < k; x++) {
      v[x] = new double[(int) infused[x]];
      w[x] = new double[(int) infused[x]];
    }
    int[] filled = new int[k];
    for (int i = 0; i < p.size(); i++) {
      int x = which[i];
      if (x >= 0 && p.infused(i)) {
        v[x][filled[x]] = p.outcomeDay()[i] - p.apheresisDay()[i];
        w[x][filled[x]++] = p.outcomeDay()[i] - p.referralDay()[i];
      }
    }
    List<IndicationTally> byIndication = new ArrayList<>(k);
    for (int x = 0; x < k; x++) {
      byIndication.add(
          new IndicationTally(
              referred[x],
              infused[x],
              age[x],
              female[x],
              withdrawn[x],
              Figures.of(new Quantiles(v[x])),
              Figures.of(new Quantiles(w[x]))));
    }
    return new Tally(reached, early, late, byIndication);
  }

  /**
   * The first of the indications equal to the name, or -1. Unequal hash codes (cached in each
   * string) answer most names of other indications without the byte-by-byte comparison C1 calls.
   */
  private static int indexOf(List<String> indications, String name) {
    for (int x = 0; x < indications.size(); x++) {
      String indication = indications.get(x);
      if (name == indication
          || (name.hashCode() == indication.hashCode() && name.equals(indication))) {
        return x;
      }
    }
    return -1;
  }

  static NetworkSummary.Funnel funnel(List<Tally> tallies) {
    int n = tallies.size();
    Stage[] stages = Stage.values();
    Withdrawal[] causes = Withdrawal.values();
    double[][] counts = new double[stages.length][n];
    double[][] early = new double[causes.length][n];
    double[][] late = new double[causes.length][n];
    for (int r = 0; r < n; r++) {
      Tally t = tallies.get(r);
      for (int s = 0; s < stages.length; s++) {
        counts[s][r] = t.reached()[s];
      }
      for (int c = 0; c < causes.length; c++) {
        early[c][r] = t.early()[c];
        late[c][r] = t.late()[c];
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
      List<String> indications, List<Tally> tallies) {
    int n = tallies.size();
    List<NetworkSummary.ByIndication> results = new ArrayList<>();
    for (int k = 0; k < indications.size(); k++) {
      double[] referred = new double[n];
      double[] infused = new double[n];
      double[] fraction = new double[n];
      double[] age = new double[n];
      double[] female = new double[n];
      double[][] withdrawn = new double[Withdrawal.values().length][n];
      List<Figures> v2v = new ArrayList<>(n);
      List<Figures> r2i = new ArrayList<>(n);
      for (int r = 0; r < n; r++) {
        IndicationTally t = tallies.get(r).indications().get(k);
        referred[r] = t.referred();
        infused[r] = t.infused();
        for (int c = 0; c < withdrawn.length; c++) {
          withdrawn[c][r] = t.withdrawn()[c];
        }
        fraction[r] = referred[r] == 0 ? Double.NaN : infused[r] / referred[r];
        age[r] = referred[r] == 0 ? Double.NaN : t.ageSum() / referred[r];
        female[r] = referred[r] == 0 ? Double.NaN : t.female() / referred[r];
        v2v.add(t.v2v());
        r2i.add(t.r2i());
      }
      Map<Withdrawal, Estimate> causes = new EnumMap<>(Withdrawal.class);
      for (Withdrawal cause : Withdrawal.values()) {
        causes.put(cause, Estimate.of(withdrawn[cause.ordinal()]));
      }
      results.add(
          new NetworkSummary.ByIndication(
              indications.get(k),
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
    List<Figures> figures = new ArrayList<>(perReplication.size());
    for (Quantiles q : perReplication) {
      figures.add(Figures.of(q));
    }
    NetworkSummary.DaysCi d = days(figures);
    ci.put(name + ".p10", d.p10());
    ci.put(name + ".p50", d.p50());
    ci.put(name + ".p90", d.p90());
    ci.put(name + ".mean", d.mean());
  }

  /** Per-replication quantiles and means of durations, each with its t-interval. */
  private static NetworkSummary.DaysCi days(List<Figures> perReplication) {
    int n = perReplication.size();
    double[] p10 = new double[n];
    double[] p50 = new double[n];
    double[] p90 = new double[n];
    double[] mean = new double[n];
    for (int r = 0; r < n; r++) {
      Figures f = perReplication.get(r);
      p10[r] = f.p10();
      p50[r] = f.p50();
      p90[r] = f.p90();
      mean[r] = f.mean();
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
    return Estimate.of(Arrays.stream(values).filter(Double::isFinite).toArray());
  }
}
