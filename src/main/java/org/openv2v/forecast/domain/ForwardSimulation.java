package org.openv2v.forecast.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.commons.rng.UniformRandomProvider;
import org.openv2v.simulation.engine.Quantiles;
import org.openv2v.simulation.engine.Replications;

/**
 * Runs the network model forward from the live queue: every open case from its current state, its
 * time in it, its booking or waitlist place, with the weekly slots that are still free, the legs'
 * and manufacturing's time distributions and the indication's waiting hazards. All cases of one
 * replication share the slots, so one case's booking moves the others. Results depend only on the
 * inputs, the replications and the seed (replications are gathered in order, whatever the threads).
 */
public final class ForwardSimulation {

  /** Losses while waiting longer than this for a slot are put down to the slot wait. */
  static final double SLOT_WAIT_BLAME_DAYS = 7;

  /** Waitlist priority of a case not listed (INTERMEDIATE, scheduling's default weight). */
  public static final double DEFAULT_PRIORITY = 2;

  /** Priority of a new collection after a failed manufacture (RAPID). */
  static final double FAILURE_PRIORITY = 3;

  private static final Risk[] RISKS = Risk.values();
  private static final byte INFUSED = Replication.INFUSED;

  private final List<QueuedCase> cases;
  private final Map<String, Queue> queues;
  private final Pathway pathway;
  private final int horizonWeeks;
  private final int[] centreOfCase;
  private final InfusionBeds[] centres;

  public ForwardSimulation(
      List<QueuedCase> cases, Map<String, Queue> queues, Pathway pathway, int horizonWeeks) {
    this(cases, queues, pathway, horizonWeeks, Map.of(), Map.of());
  }

  private ForwardSimulation(
      List<QueuedCase> cases,
      Map<String, Queue> queues,
      Pathway pathway,
      int horizonWeeks,
      Map<UUID, String> centreOf,
      Map<String, InfusionBeds> beds) {
    List<String> named = new ArrayList<>(new TreeSet<>(beds.keySet()));
    this.centres = named.stream().map(beds::get).toArray(InfusionBeds[]::new);
    this.centreOfCase = new int[cases.size()];
    for (int c = 0; c < cases.size(); c++) {
      String centre = centreOf.get(cases.get(c).id());
      centreOfCase[c] = centre == null ? -1 : named.indexOf(centre);
    }
    this.cases = List.copyOf(cases);
    this.queues = Map.copyOf(queues);
    this.pathway = pathway;
    this.horizonWeeks = horizonWeeks;
    for (QueuedCase c : cases) {
      if (!queues.containsKey(c.queue())) {
        throw new IllegalArgumentException("No queue " + c.queue() + " for case " + c.id());
      }
    }
  }

  /**
   * The same simulation with infusion limited by beds at these centres ({@code centreOf}: each
   * case's treatment centre); cases at other centres are infused whenever ready, as without.
   */
  public ForwardSimulation withInfusionBeds(
      Map<UUID, String> centreOf, Map<String, InfusionBeds> beds) {
    return new ForwardSimulation(cases, queues, pathway, horizonWeeks, centreOf, beds);
  }

  /** One forecast per case, in the order of the cases given. */
  public List<CaseForecast> run(int replications, long seed, int threads) {
    return runWithin(replications, seed, threads, Double.POSITIVE_INFINITY).stream()
        .map(Within::forecast)
        .toList();
  }

  /** A case's forecast and its chance of being infused within a number of days from now. */
  public record Within(CaseForecast forecast, double probabilityInfusedWithin) {}

  /**
   * One forecast per case, in the order of the cases given, each with the share of replications in
   * which it is infused within {@code withinDays} (the backtest scores it against what happened).
   */
  public List<Within> runWithin(int replications, long seed, int threads, double withinDays) {
    int n = cases.size();
    if (n == 0) {
      return List.of();
    }
    List<Replication.Outcomes> runs =
        Replications.run(replications, seed, threads, done -> {}, (i, rng) -> replicate(rng));
    List<Within> forecasts = new ArrayList<>(n);
    double[] days = new double[replications];
    double[] waits = new double[replications];
    for (int c = 0; c < n; c++) {
      int infused = 0;
      int infusedWithin = 0;
      int waited = 0;
      int[] lost = new int[RISKS.length];
      for (Replication.Outcomes run : runs) {
        byte outcome = run.outcome[c];
        if (outcome == INFUSED) {
          days[infused++] = run.day[c];
          if (run.day[c] <= withinDays) {
            infusedWithin++;
          }
        } else {
          lost[outcome]++;
        }
        waits[waited++] = run.slotWait[c];
      }
      forecasts.add(
          new Within(
              summary(c, replications, Arrays.copyOf(days, infused), lost, waits, waited),
              (double) infusedWithin / replications));
    }
    return forecasts;
  }

  private CaseForecast summary(
      int c, int replications, double[] infusionDays, int[] lost, double[] waits, int waited) {
    Map<Risk, Double> losses = new EnumMap<>(Risk.class);
    Risk main = null;
    for (Risk risk : RISKS) {
      losses.put(risk, (double) lost[risk.ordinal()] / replications);
      if (lost[risk.ordinal()] > 0
          && (main == null || lost[risk.ordinal()] > lost[main.ordinal()])) {
        main = risk;
      }
    }
    double p10 = Double.NaN;
    double p50 = Double.NaN;
    double p90 = Double.NaN;
    if (infusionDays.length > 0) {
      Quantiles q = new Quantiles(infusionDays);
      p10 = q.at(0.1);
      p50 = q.at(0.5);
      p90 = q.at(0.9);
    }
    double wait = waited > 0 ? new Quantiles(Arrays.copyOf(waits, waited)).at(0.5) : 0;
    return new CaseForecast(
        cases.get(c).id(),
        (double) infusionDays.length / replications,
        p10,
        p50,
        p90,
        losses,
        main == null ? Risk.PROGRESSION : main,
        wait);
  }

  /**
   * Network totals within {@code withinDays} of now, per replication (in replication order): cases
   * infused, and cases lost to progression or death before infusion (while waiting for a slot
   * included). The what-if compares two of these run with the same seed.
   */
  public List<Totals> totals(int replications, long seed, int threads, double withinDays) {
    return Replications.run(
        replications,
        seed,
        threads,
        done -> {},
        (i, rng) -> {
          Replication.Outcomes run = replicate(rng);
          int infused = 0;
          int lost = 0;
          for (int c = 0; c < cases.size(); c++) {
            byte o = run.outcome[c];
            if (run.day[c] > withinDays) {
              continue;
            }
            if (o == INFUSED) {
              infused++;
            } else if (o == Risk.PROGRESSION.ordinal()
                || o == Risk.DEATH.ordinal()
                || o == Risk.SLOT_WAIT.ordinal()) {
              lost++;
            }
          }
          return new Totals(infused, lost);
        });
  }

  /** One replication's infusions and losses (progression or death) within the window. */
  public record Totals(int infused, int lostBeforeInfusion) {}

  private Replication.Outcomes replicate(UniformRandomProvider rng) {
    return new Replication(cases, queues, pathway, horizonWeeks, centreOfCase, centres, rng).run();
  }
}
