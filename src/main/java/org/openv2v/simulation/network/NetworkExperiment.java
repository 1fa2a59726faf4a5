package org.openv2v.simulation.network;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import org.openv2v.simulation.engine.Estimate;
import org.openv2v.simulation.engine.Quantiles;
import org.openv2v.simulation.engine.Replications;

/** Replications of a network scenario in parallel, summarised in replication order. */
public final class NetworkExperiment {

  private NetworkExperiment() {}

  public static NetworkSummary run(
      NetworkScenario scenario,
      double years,
      int replications,
      long seed,
      int threads,
      IntConsumer progress) {
    return run(scenario, years, replications, seed, threads, progress, (index, patients) -> {});
  }

  /** Told the patients of each replication as it finishes. */
  @FunctionalInterface
  public interface Patients {
    /**
     * Called on the replication's own thread, at once for replications running side by side, in
     * about replication order (never more than one replication per thread ahead).
     */
    void replication(int index, PatientRecords patients);
  }

  /**
   * Runs the replications and hands each one's patients to {@code patients} as it finishes; the
   * summary keeps none of them, so a run of a million patients need not hold them to the end.
   */
  public static NetworkSummary run(
      NetworkScenario scenario,
      double years,
      int replications,
      long seed,
      int threads,
      IntConsumer progress,
      Patients patients) {
    if (!(years > 0 && years <= 200)) {
      throw new IllegalArgumentException("years must be > 0 and at most 200");
    }
    List<String> indications = Breakdown.indications(scenario);
    List<Measured> measured =
        Replications.run(
            replications,
            seed,
            threads,
            progress,
            (index, stream) -> {
              ReplicationResult result = new NetworkReplication(scenario, years, stream).run();
              patients.replication(index, result.patients());
              return Measured.of(result, indications);
            });
    return summarise(scenario, indications, years, replications, seed, measured);
  }

  /**
   * A replication's outcome with its durations sorted, on the replication's own thread: the summary
   * reads each replication's quantiles several times and pools them all.
   */
  record Measured(NetworkOutcome outcome, Quantiles v2v, Quantiles r2i, Breakdown.Tally tally) {
    static Measured of(ReplicationResult r, List<String> indications) {
      return new Measured(
          r.outcome(),
          new Quantiles(r.veinToVeinDays()),
          new Quantiles(r.referralToInfusionDays()),
          Breakdown.tally(indications, r.patients()));
    }
  }

  static NetworkSummary summarise(
      NetworkScenario scenario,
      List<String> indications,
      double years,
      int replications,
      long seed,
      List<Measured> measured) {
    List<NetworkOutcome> all = measured.stream().map(Measured::outcome).toList();
    List<Quantiles> v2vByReplication = measured.stream().map(Measured::v2v).toList();
    List<Quantiles> r2iByReplication = measured.stream().map(Measured::r2i).toList();
    List<Breakdown.Tally> tallies = measured.stream().map(Measured::tally).toList();
    // The two pooled sorts (a million durations each at 1,000 replications) run side by side.
    CompletableFuture<Quantiles> r2iPooled =
        CompletableFuture.supplyAsync(() -> Quantiles.pooled(r2iByReplication));
    int n = all.size();
    double[] fractions = new double[n];
    double referred = 0;
    double infused = 0;
    double censored = 0;
    double waitlistMean = 0;
    double waitlistMax = 0;
    double outpatient = 0;
    double outOfSpec = 0;
    double bridged = 0;
    double reApheresis = 0;
    double daysInPathway = 0;
    double referralsPerDay = 0;
    long events = 0;
    long[] withdrawn = new long[Withdrawal.values().length];
    Map<String, Double> utilization = new LinkedHashMap<>();
    int months = all.get(0).monthlyWaitlist().length;
    double[] monthly = new double[months];
    for (int i = 0; i < n; i++) {
      NetworkOutcome o = all.get(i);
      fractions[i] = o.fractionInfused();
      referred += o.referred();
      infused += o.infused();
      censored += o.censored();
      waitlistMean += o.waitlistMean();
      waitlistMax = Math.max(waitlistMax, o.waitlistMax());
      outpatient += o.infusedOutpatient();
      outOfSpec += o.outOfSpecification();
      bridged += o.bridged();
      reApheresis += o.reApheresis();
      daysInPathway += o.meanDaysInPathway();
      referralsPerDay += o.referred() / o.windowDays();
      events += o.events();
      for (int c = 0; c < withdrawn.length; c++) {
        withdrawn[c] += o.withdrawn()[c];
      }
      for (Map.Entry<String, Double> u : o.utilization().entrySet()) {
        utilization.merge(u.getKey(), u.getValue(), Double::sum);
      }
      for (int m = 0; m < months; m++) {
        monthly[m] += o.monthlyWaitlist()[m];
      }
    }
    Map<Withdrawal, Double> causes = new EnumMap<>(Withdrawal.class);
    for (Withdrawal cause : Withdrawal.values()) {
      causes.put(cause, (double) withdrawn[cause.ordinal()] / n);
    }
    utilization.replaceAll((name, sum) -> sum / n);
    for (int m = 0; m < months; m++) {
      monthly[m] /= n;
    }
    Quantiles v2vQuantiles = Quantiles.pooled(v2vByReplication);
    return new NetworkSummary(
        scenario.name(),
        scenario.product(),
        years,
        replications,
        seed,
        referred / n,
        infused / n,
        Estimate.of(fractions),
        days(v2vQuantiles),
        days(r2iPooled.join()),
        causes,
        censored / n,
        waitlistMean / n,
        waitlistMax,
        utilization,
        outpatient / n,
        outOfSpec / n,
        bridged / n,
        reApheresis / n,
        new NetworkSummary.LittlesLaw(waitlistMean / n, referralsPerDay / n, daysInPathway / n),
        monthly,
        v2vQuantiles.histogram(NetworkSummary.HISTOGRAM_BIN_DAYS, NetworkSummary.HISTOGRAM_BINS),
        events,
        Breakdown.intervals(all, v2vByReplication, r2iByReplication, years),
        Breakdown.funnel(tallies),
        Breakdown.byIndication(indications, tallies),
        new NetworkSummary.PerReplication(
            fractions,
            r2iByReplication.stream().mapToDouble(q -> q.at(0.5)).toArray(),
            all.stream().mapToDouble(NetworkOutcome::waitlistMean).toArray()));
  }

  private static NetworkSummary.Days days(Quantiles q) {
    return new NetworkSummary.Days(q.at(0.1), q.at(0.5), q.at(0.9), q.mean(), q.count());
  }
}
