package org.openv2v.forecast.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.openv2v.cases.domain.CaseState;

/**
 * One replication of the forward simulation: every case taken from where it stands to infusion or
 * loss, all of them sharing the weekly slots. Kept apart from {@link ForwardSimulation}, which runs
 * many of these and summarises them.
 */
final class Replication {

  static final byte INFUSED = -1;

  /** What happened to each case in one replication. */
  static final class Outcomes {
    final byte[] outcome;
    final float[] day;
    final float[] slotWait;

    Outcomes(int n) {
      outcome = new byte[n];
      day = new float[n];
      slotWait = new float[n];
    }
  }

  /** A case that needs a slot from {@code ready} on. */
  private record Request(int index, double ready, double priority, double listed, double earliest)
      implements Comparable<Request> {
    @Override
    public int compareTo(Request o) {
      int byReady = Double.compare(Math.floor(ready), Math.floor(o.ready));
      if (byReady != 0) {
        return byReady;
      }
      int byPriority = Double.compare(o.priority, priority);
      if (byPriority != 0) {
        return byPriority;
      }
      int byListing = Double.compare(listed, o.listed);
      return byListing != 0 ? byListing : Integer.compare(index, o.index);
    }
  }

  private final List<QueuedCase> cases;
  private final Map<String, Queue> queues;
  private final Pathway pathway;
  private final int horizonWeeks;
  private final UniformRandomProvider rng;
  private final Outcomes out;
  private final Map<String, int[]> used = new HashMap<>();
  private final PriorityQueue<Request> requests = new PriorityQueue<>();
  private final double[] lossAt;
  private final byte[] lossCause;
  private final ContinuousSampler eligibility;
  private final ContinuousSampler payer;
  private final ContinuousSampler toInfusion;
  private final Map<String, ContinuousSampler[]> legs = new HashMap<>();

  /** Each case's centre as an index into {@code centres}, or -1: infusion beds not limited. */
  private final int[] centreOfCase;

  private final InfusionBeds[] centres;
  private final int[][] bedsTaken;
  private final PriorityQueue<Infusion> infusions = new PriorityQueue<>();

  /** A case ready for infusion on {@code day}, waiting for a bed at its centre. */
  private record Infusion(int index, double day) implements Comparable<Infusion> {
    @Override
    public int compareTo(Infusion o) {
      int byDay = Double.compare(day, o.day);
      return byDay != 0 ? byDay : Integer.compare(index, o.index);
    }
  }

  Replication(
      List<QueuedCase> cases,
      Map<String, Queue> queues,
      Pathway pathway,
      int horizonWeeks,
      int[] centreOfCase,
      InfusionBeds[] centres,
      UniformRandomProvider rng) {
    this.centreOfCase = centreOfCase;
    this.centres = centres;
    this.bedsTaken = new int[centres.length][horizonWeeks];
    this.cases = cases;
    this.queues = queues;
    this.pathway = pathway;
    this.horizonWeeks = horizonWeeks;
    this.rng = rng;
    int n = cases.size();
    out = new Outcomes(n);
    lossAt = new double[n];
    lossCause = new byte[n];
    ContinuousSampler consult = pathway.referralToConsult().sampler(rng);
    ContinuousSampler assessment = pathway.eligibilityAssessment().sampler(rng);
    eligibility = () -> consult.sample() + assessment.sample();
    payer = pathway.payerApproval().sampler(rng);
    toInfusion = pathway.receiptToInfusion().sampler(rng);
    for (Queue q : queues.values()) {
      legs.put(
          q.key(),
          new ContinuousSampler[] {
            q.outbound().sampler(rng), q.manufacturing().sampler(rng), q.inbound().sampler(rng)
          });
      used.put(q.key(), new int[horizonWeeks]);
    }
  }

  double exp(double rate) {
    return rate <= 0 ? Double.POSITIVE_INFINITY : -Math.log1p(-rng.nextDouble()) / rate;
  }

  /** When, from {@code from} on, the patient is lost at this rate, and to what. */
  void drawLoss(int c, double from, double multiplier) {
    QueuedCase.Hazards h = cases.get(c).hazards();
    double rate = h.total() * multiplier;
    lossAt[c] = from + exp(rate);
    lossCause[c] =
        (byte)
            (rng.nextDouble() * h.total() < h.progressionPerDay()
                ? Risk.PROGRESSION.ordinal()
                : Risk.DEATH.ordinal());
  }

  /** The rest of a delay already under way for {@code elapsed} days (drawn given it is longer). */
  double residual(ContinuousSampler sampler, double elapsed) {
    for (int tries = 0; tries < 30; tries++) {
      double d = sampler.sample();
      if (d > elapsed) {
        return d - elapsed;
      }
    }
    return 0.5; // overdue: expected any moment
  }

  void lose(int c, Risk why) {
    out.outcome[c] = (byte) why.ordinal();
  }

  /** Lost before {@code day}? Then the outcome is set. */
  boolean lostBefore(int c, double day) {
    if (lossAt[c] < day) {
      out.outcome[c] = lossCause[c];
      out.day[c] = (float) lossAt[c];
      return true;
    }
    return false;
  }

  Outcomes run() {
    for (int c = 0; c < cases.size(); c++) {
      start(c);
    }
    while (!requests.isEmpty()) {
      allocate(requests.poll());
    }
    // Infusion beds after every slot: no bed changes when the cells are made, so the cases ready
    // for infusion take the beds in the order they are ready.
    while (!infusions.isEmpty()) {
      seat(infusions.poll());
    }
    return out;
  }

  void start(int c) {
    QueuedCase k = cases.get(c);
    ContinuousSampler[] leg = legs.get(k.queue());
    double elapsed = k.daysInState();
    switch (k.state()) {
      case REFERRED -> {
        drawLoss(c, 0, 1);
        double eligible = residual(eligibility, elapsed);
        if (lostBefore(c, eligible)) {
          return;
        }
        if (rng.nextDouble() < pathway.ineligibleFraction()) {
          lose(c, Risk.NOT_ELIGIBLE);
          return;
        }
        approve(c, k, eligible + payer.sample());
      }
      case ELIGIBILITY_CONFIRMED -> {
        drawLoss(c, 0, 1);
        approve(c, k, residual(payer, elapsed));
      }
      case PAYER_APPROVED, APHERESIS_SCHEDULED, MANUFACTURING_FAILED -> {
        drawLoss(c, 0, 1);
        if (k.booked()) {
          collect(c, k.bookedApheresisDay(), k.bookedWeek());
        } else {
          double priority =
              k.state() == CaseState.MANUFACTURING_FAILED
                  ? Math.max(k.priority(), ForwardSimulation.FAILURE_PRIORITY)
                  : k.priority();
          requests.add(new Request(c, 0, priority, k.listedDay(), Math.max(k.earliestDay(), 1)));
        }
      }
      case APHERESIS_COLLECTED, SHIPPED_TO_MANUFACTURER -> {
        drawLoss(c, 0, k.hazards().afterApheresis());
        manufacture(c, residual(leg[0], elapsed), leg);
      }
      case IN_MANUFACTURING -> {
        drawLoss(c, 0, k.hazards().afterApheresis());
        released(c, residual(leg[1], elapsed), leg);
      }
      case RELEASED, SHIPPED_TO_SITE -> {
        drawLoss(c, 0, k.hazards().afterApheresis());
        infuse(c, residual(leg[2], elapsed));
      }
      case RECEIVED_AT_SITE, LYMPHODEPLETION -> {
        drawLoss(c, 0, k.hazards().afterApheresis());
        infuseOn(c, residual(toInfusion, elapsed));
      }
      default -> throw new IllegalArgumentException("Not before infusion: " + k.state());
    }
  }

  void approve(int c, QueuedCase k, double approved) {
    if (lostBefore(c, approved)) {
      return;
    }
    if (rng.nextDouble() < pathway.payerRefusalFraction()) {
      lose(c, Risk.NOT_ELIGIBLE);
      return;
    }
    requests.add(new Request(c, approved, k.priority(), approved, approved + 1));
  }

  /** The first week with a free unit whose cells can arrive in time, as booking would give. */
  void allocate(Request r) {
    int c = r.index();
    QueuedCase k = cases.get(c);
    Queue q = queues.get(k.queue());
    int[] taken = used.get(k.queue());
    double earliest = Math.max(r.ready(), r.earliest());
    for (int w = 0; w < horizonWeeks; w++) {
      double weekEnd = q.weekStart(w) + 7;
      if (earliest + q.outboundLeadDays() >= weekEnd || q.freeIn(w) - taken[w] <= 0) {
        continue;
      }
      double apheresis = Math.max(earliest, q.weekStart(w) - q.outboundLeadDays());
      if (lossAt[c] < apheresis) {
        // Lost before the collection: the slot stays free for the next case.
        out.outcome[c] =
            apheresis - r.ready() > ForwardSimulation.SLOT_WAIT_BLAME_DAYS
                ? (byte) Risk.SLOT_WAIT.ordinal()
                : lossCause[c];
        out.slotWait[c] = (float) (apheresis - r.ready());
        out.day[c] = (float) lossAt[c];
        return;
      }
      taken[w]++;
      out.slotWait[c] = (float) (apheresis - r.ready());
      collect(c, apheresis, w);
      return;
    }
    out.slotWait[c] = (float) (7.0 * horizonWeeks);
    lose(c, Risk.NO_SLOT);
  }

  void collect(int c, double apheresis, int week) {
    if (lostBefore(c, apheresis)) {
      return;
    }
    QueuedCase k = cases.get(c);
    Queue q = queues.get(k.queue());
    drawLoss(c, apheresis, k.hazards().afterApheresis());
    ContinuousSampler[] leg = legs.get(k.queue());
    double arrival = Math.max(apheresis + leg[0].sample(), q.weekStart(week));
    manufacture(c, arrival, leg);
  }

  void manufacture(int c, double arrival, ContinuousSampler[] leg) {
    released(c, arrival + leg[1].sample(), leg);
  }

  void released(int c, double release, ContinuousSampler[] leg) {
    if (lostBefore(c, release)) {
      return;
    }
    if (rng.nextDouble() < pathway.failureFraction()) {
      double path = rng.nextDouble();
      if (path < pathway.failureReApheresis()) {
        // A new collection: the hazard before collection applies again.
        drawLoss(c, release, 1);
        requests.add(
            new Request(c, release, ForwardSimulation.FAILURE_PRIORITY, release, release + 1));
        return;
      }
      if (path >= pathway.failureReApheresis() + pathway.failureOutOfSpecification()) {
        lose(c, Risk.MANUFACTURING_FAILURE);
        return;
      }
      // else: the out-of-specification product is infused
    }
    infuse(c, release + leg[2].sample());
  }

  void infuse(int c, double received) {
    infuseOn(c, received + toInfusion.sample());
  }

  void infuseOn(int c, double infusion) {
    if (lostBefore(c, infusion)) {
      return;
    }
    if (centreOfCase[c] >= 0) {
      infusions.add(new Infusion(c, infusion));
      return;
    }
    out.outcome[c] = INFUSED;
    out.day[c] = (float) infusion;
  }

  /** The first week from the ready day with a free bed at the case's centre. */
  void seat(Infusion i) {
    int c = i.index();
    InfusionBeds beds = centres[centreOfCase[c]];
    int[] taken = bedsTaken[centreOfCase[c]];
    int first = Math.max(0, (int) Math.floor((i.day() - beds.firstWeekStartDay()) / 7));
    for (int w = first; w < horizonWeeks; w++) {
      if (taken[w] >= beds.in(w)) {
        continue;
      }
      double day = Math.max(i.day(), beds.weekStart(w));
      if (lostBefore(c, day)) {
        return; // the bed stays free for the next case
      }
      taken[w]++;
      out.outcome[c] = INFUSED;
      out.day[c] = (float) day;
      return;
    }
    lose(c, Risk.NO_SLOT);
  }
}
