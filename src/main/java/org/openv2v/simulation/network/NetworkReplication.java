package org.openv2v.simulation.network;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.simulation.engine.Distribution;
import org.openv2v.simulation.engine.EventCalendar;
import org.openv2v.simulation.engine.RandomStreams;

/**
 * One replication of a national network: referrals arrive (Poisson by indication and region) and
 * walk the pathway REFERRED → ELIGIBILITY_CONFIRMED → PAYER_APPROVED → APHERESIS_SCHEDULED →
 * APHERESIS_COLLECTED → SHIPPED_TO_MANUFACTURER → IN_MANUFACTURING → RELEASED → SHIPPED_TO_SITE →
 * RECEIVED_AT_SITE → LYMPHODEPLETION → INFUSED, or leave as WITHDRAWN. Progression and death
 * compete with every wait as constant hazards (re-drawn after apheresis, memorylessness makes that
 * exact). Referrals stop at the end of the horizon and the run goes on until every patient counted
 * has an outcome (or ten more years have passed: those are censored).
 */
final class NetworkReplication {

  static final double DAYS_PER_YEAR = 365.25;
  static final double DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
  private static final double DRAIN_LIMIT_DAYS = 3652.5;

  private static final int ARRIVAL = 0;
  // A patient's steps, CONSULTED to INFUSION, are numbered in a row: handle() tests the range.
  private static final int CONSULTED = 1;
  private static final int ASSESSED = 2;
  private static final int PAYER_DECIDED = 3;
  private static final int APHERESIS_DONE = 4;
  private static final int AT_MANUFACTURER = 5;
  private static final int MANUFACTURED = 6;
  private static final int RECEIVED = 7;
  private static final int INFUSION = 8;
  private static final int BED_FREE = 9;
  private static final int HAZARD = 10;
  private static final int SLOT_WEEK = 11;
  private static final int MONTH = 12;
  private static final int WARMUP_OVER = 13;
  private static final int HORIZON = 14;

  private final NetworkScenario scenario;
  private final double warmup;
  private final double horizon;
  private final EventCalendar calendar = new EventCalendar();
  private SimulatedPatient[] patients; // by id: C1 calls List.get through the interface
  private int referrals;
  private final NetworkCapacity capacity;
  private final ArrivalStreams streams;

  private final ContinuousSampler interarrival;
  private final CompetingRisks risks;
  private final UniformRandomProvider decisions;
  private final UniformRandomProvider demographics;
  private final PathwayTimes times;
  private final Waitlist waitlist;
  private boolean referralsOpen = true;
  private int active;
  private final ReplicationCounts counts;
  private Map<String, Double> utilization = Map.of();
  // Made once: a lambda capturing the time, made weekly, was 5% of the allocation.
  private final IntConsumer slotTaken = id -> startManufacturing(patients[id], calendar.now());

  NetworkReplication(NetworkScenario scenario, double years, UniformRandomProvider stream) {
    this.scenario = scenario;
    this.warmup = scenario.warmupDays();
    this.horizon = warmup + years * DAYS_PER_YEAR;
    this.waitlist = new Waitlist(warmup, horizon, (int) Math.ceil(years * 12 - 1e-9));
    this.streams = new ArrivalStreams(scenario);
    capacity = new NetworkCapacity(scenario);
    // Sized for the referrals expected (+10%), not grown by copies from a few hundred: a fifth of
    // what a replication allocated, and of the collections that stop every replication thread.
    double expected = streams.perDay() * 1.1;
    patients = new SimulatedPatient[(int) Math.min(1 << 20, expected * horizon + 64)];
    counts = new ReplicationCounts((int) Math.min(1 << 20, expected * (horizon - warmup) + 64));
    // Demographics draw from a seventh sub-stream, so the first six (and so every result that
    // does not depend on age or sex) are what they were before patients had an age.
    UniformRandomProvider[] sub = RandomStreams.substreams(stream, 7);
    interarrival = new Distribution.Exponential(1 / streams.perDay()).sampler(sub[0]);
    decisions = sub[5];
    risks =
        new CompetingRisks(
            calendar, HAZARD, streams, new Distribution.Exponential(1).sampler(sub[4]), decisions);
    demographics = sub[6];
    times = new PathwayTimes(scenario, sub[1], sub[2], sub[3]);
  }

  ReplicationResult run() {
    calendar.schedule(interarrival.sample(), ARRIVAL, -1);
    calendar.schedule(0, SLOT_WEEK, -1);
    calendar.schedule(warmup, WARMUP_OVER, -1);
    calendar.schedule(horizon, HORIZON, -1);
    double drainLimit = horizon + DRAIN_LIMIT_DAYS;
    while (!calendar.isEmpty()) {
      calendar.next();
      if (calendar.now() > drainLimit) {
        break;
      }
      handle(calendar.kind(), calendar.subject());
    }
    return counts.result(
        patients,
        referrals,
        scenario.arrivals(),
        waitlist,
        new LinkedHashMap<>(utilization),
        horizon - warmup,
        calendar.scheduled() + risks.notQueued());
  }

  /** One switch, not two: C1 compiles each switch to a chain of compares and branches. */
  private void handle(int kind, int subject) {
    double now = calendar.now();
    SimulatedPatient p = subject >= 0 ? patients[subject] : null;
    if (kind >= CONSULTED && kind <= INFUSION && p.state == CaseState.WITHDRAWN) {
      return; // a step of a patient who has left the pathway
    }
    switch (kind) {
      case ARRIVAL -> arrive(now);
      case CONSULTED -> next(p, now + times.assessment.sample(), ASSESSED);
      case ASSESSED -> assessed(p, now);
      case PAYER_DECIDED -> payerDecided(p, now);
      case APHERESIS_DONE -> apheresisDone(p, now);
      case AT_MANUFACTURER -> atManufacturer(p, now);
      case MANUFACTURED -> manufactured(p, now);
      case RECEIVED -> received(p, now);
      case INFUSION -> infuse(p, now);
      case BED_FREE -> freeBed(p, now);
      case HAZARD -> hazard(p, now);
      case SLOT_WEEK -> openSlots(now);
      case MONTH -> closeMonth(now);
      case WARMUP_OVER -> startMeasuring(now);
      case HORIZON -> stopMeasuring(now);
      default -> throw new IllegalStateException("Unknown event " + kind);
    }
  }

  private void arrive(double now) {
    if (!referralsOpen) {
      return;
    }
    int stream = streams.pick(decisions);
    int region = streams.region(stream);
    int centre = streams.chooseCentre(region, decisions);
    boolean counted = now >= warmup;
    if (referrals == patients.length) {
      patients = Arrays.copyOf(patients, referrals * 2);
    }
    SimulatedPatient p = new SimulatedPatient(referrals, stream, centre, now, counted);
    patients[referrals++] = p;
    streams.drawDemographics(p, demographics);
    if (counted) {
      counts.referred++;
    }
    active++;
    waitlist.set(active, now);
    risks.draw(p, now);
    next(p, now + streams.travelDays(region) + times.toConsult.sample(), CONSULTED);
    calendar.schedule(now + interarrival.sample(), ARRIVAL, -1);
  }

  /** The patient's next step on the pathway, at {@code time}. */
  private void next(SimulatedPatient p, double time, int kind) {
    risks.beforeStep(p, time);
    calendar.schedule(time, kind, p.id);
  }

  /** The patient joins a line for a chair, a slot or a bed. */
  private void await(SimulatedPatient p, SimulatedPatient.Waiting line) {
    p.waiting = line;
    risks.queue(p);
  }

  private void hazard(SimulatedPatient p, double now) {
    if (risks.fallsDue(p, now)) {
      withdraw(p, p.hazardCause, now);
    }
  }

  private void assessed(SimulatedPatient p, double now) {
    if (decisions.nextDouble() < scenario.pathway().ineligibleFraction()) {
      withdraw(p, Withdrawal.INELIGIBLE, now);
      return;
    }
    p.state = CaseState.ELIGIBILITY_CONFIRMED;
    p.reach(Stage.ELIGIBLE);
    next(p, now + times.payerApproval.sample(), PAYER_DECIDED);
  }

  private void payerDecided(SimulatedPatient p, double now) {
    if (decisions.nextDouble() < scenario.pathway().payerRefusalFraction()) {
      withdraw(p, Withdrawal.PAYER_REFUSAL, now);
      return;
    }
    p.state = CaseState.PAYER_APPROVED;
    p.reach(Stage.APPROVED);
    requestChair(p, 1, now);
  }

  /** Re-collections after a failed manufacture go before first collections (priority 0). */
  private void requestChair(SimulatedPatient p, int priority, double now) {
    p.state = CaseState.APHERESIS_SCHEDULED;
    if (capacity.chairs[p.centre].seize(p.id, priority, now)) {
      startApheresis(p, now);
    } else {
      await(p, SimulatedPatient.Waiting.CHAIR);
    }
  }

  private void startApheresis(SimulatedPatient p, double now) {
    p.waiting = SimulatedPatient.Waiting.NOTHING;
    p.holdsChair = true;
    next(p, now + times.apheresisSession.sample(), APHERESIS_DONE);
  }

  private void apheresisDone(SimulatedPatient p, double now) {
    releaseChair(p, now);
    p.state = CaseState.APHERESIS_COLLECTED;
    p.apheresisAt = now;
    p.reach(Stage.COLLECTED);
    if (!p.afterApheresis) {
      p.afterApheresis = true;
      if (decisions.nextDouble() < scenario.infusion().bridgingFraction() && p.counted) {
        counts.bridged++;
      }
      risks.draw(p, now);
    }
    p.state = CaseState.SHIPPED_TO_MANUFACTURER;
    next(p, now + times.outbound.sample(), AT_MANUFACTURER);
  }

  private void releaseChair(SimulatedPatient p, double now) {
    if (!p.holdsChair) {
      return;
    }
    p.holdsChair = false;
    int next = capacity.chairs[p.centre].release(now);
    if (next >= 0) {
      startApheresis(patients[next], now);
    }
  }

  private void atManufacturer(SimulatedPatient p, double now) {
    p.state = CaseState.IN_MANUFACTURING;
    if (capacity.slots.claim(p.id, 0, now)) {
      startManufacturing(p, now);
    } else {
      await(p, SimulatedPatient.Waiting.SLOT);
    }
  }

  private void startManufacturing(SimulatedPatient p, double now) {
    p.waiting = SimulatedPatient.Waiting.NOTHING;
    next(p, now + times.turnaround.sample(), MANUFACTURED);
  }

  private void openSlots(double now) {
    capacity.slots.openPeriod(now, slotTaken);
    if (referralsOpen || active > 0) {
      calendar.schedule(now + 7, SLOT_WEEK, -1);
    }
  }

  private void manufactured(SimulatedPatient p, double now) {
    NetworkScenario.Manufacturing m = scenario.manufacturing();
    p.reach(Stage.MANUFACTURED);
    if (decisions.nextDouble() < m.failureFraction()) {
      double outcome = decisions.nextDouble();
      if (outcome < m.failureReApheresis()) {
        p.state = CaseState.MANUFACTURING_FAILED;
        if (p.counted) {
          counts.reApheresis++;
        }
        requestChair(p, 0, now);
        return;
      }
      if (outcome >= m.failureReApheresis() + m.failureOutOfSpecification()) {
        p.state = CaseState.MANUFACTURING_FAILED;
        withdraw(p, Withdrawal.MANUFACTURING_FAILURE, now);
        return;
      }
      p.outOfSpecification = true;
    }
    p.state = CaseState.SHIPPED_TO_SITE;
    p.reach(Stage.RELEASED);
    next(p, now + times.inbound.sample(), RECEIVED);
  }

  private void received(SimulatedPatient p, double now) {
    p.state = CaseState.RECEIVED_AT_SITE;
    p.outpatient = decisions.nextDouble() < scenario.infusion().outpatientFraction();
    if (p.outpatient) {
      startLymphodepletion(p, now);
    } else if (capacity.beds[p.centre].seize(p.id, 1, now)) {
      p.holdsBed = true;
      startLymphodepletion(p, now);
    } else {
      await(p, SimulatedPatient.Waiting.BED);
    }
  }

  private void startLymphodepletion(SimulatedPatient p, double now) {
    p.waiting = SimulatedPatient.Waiting.NOTHING;
    p.state = CaseState.LYMPHODEPLETION;
    next(p, now + times.lymphodepletion.sample(), INFUSION);
  }

  private void infuse(SimulatedPatient p, double now) {
    p.state = CaseState.INFUSED;
    p.reach(Stage.INFUSED);
    p.hazardDue = Double.NaN;
    leave(p, now);
    if (p.counted) {
      counts.infused(p, now);
    }
    if (p.holdsBed) {
      calendar.schedule(now + times.inpatientStay.sample(), BED_FREE, p.id);
    } else if (decisions.nextDouble() < scenario.infusion().outpatientAdmissionFraction()) {
      // Admitted after outpatient infusion (CRS, neurotoxicity): ahead of planned admissions.
      if (capacity.beds[p.centre].seize(p.id, 0, now)) {
        p.holdsBed = true;
        calendar.schedule(now + times.outpatientStay.sample(), BED_FREE, p.id);
      } else {
        p.waiting = SimulatedPatient.Waiting.BED;
      }
    }
  }

  private void freeBed(SimulatedPatient p, double now) {
    if (!p.holdsBed) {
      return;
    }
    p.holdsBed = false;
    int next = capacity.beds[p.centre].release(now);
    if (next >= 0) {
      SimulatedPatient q = patients[next];
      q.holdsBed = true;
      q.waiting = SimulatedPatient.Waiting.NOTHING;
      if (q.state == CaseState.INFUSED) {
        calendar.schedule(now + times.outpatientStay.sample(), BED_FREE, q.id);
      } else {
        startLymphodepletion(q, now);
      }
    }
  }

  private void withdraw(SimulatedPatient p, Withdrawal cause, double now) {
    switch (p.waiting) {
      case CHAIR -> capacity.chairs[p.centre].renege(p.id, now);
      case SLOT -> capacity.slots.renege(p.id, now);
      case BED -> capacity.beds[p.centre].renege(p.id, now);
      case NOTHING -> {}
    }
    p.waiting = SimulatedPatient.Waiting.NOTHING;
    p.state = CaseState.WITHDRAWN;
    p.withdrawal = cause;
    releaseChair(p, now);
    freeBed(p, now);
    leave(p, now);
    if (p.counted) {
      counts.withdrawn[cause.ordinal()]++;
    }
  }

  private void leave(SimulatedPatient p, double now) {
    p.leftAt = now;
    active--;
    waitlist.set(active, now);
    if (p.counted) {
      counts.left(p, now);
    }
  }

  private void startMeasuring(double now) {
    capacity.restartStatistics(now);
    scheduleMonth(waitlist.startMeasuring(now));
  }

  private void closeMonth(double now) {
    scheduleMonth(waitlist.closeMonth(now));
  }

  private void scheduleMonth(double end) {
    if (!Double.isNaN(end)) {
      calendar.schedule(end, MONTH, -1);
    }
  }

  private void stopMeasuring(double now) {
    referralsOpen = false;
    waitlist.stopMeasuring(now);
    utilization = capacity.utilization(now);
  }
}
