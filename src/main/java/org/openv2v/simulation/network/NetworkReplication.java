package org.openv2v.simulation.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.simulation.engine.Distribution;
import org.openv2v.simulation.engine.EventCalendar;
import org.openv2v.simulation.engine.PeriodicSlots;
import org.openv2v.simulation.engine.RandomStreams;
import org.openv2v.simulation.engine.Resource;
import org.openv2v.simulation.engine.TimeWeighted;

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
  private final List<SimulatedPatient> patients = new ArrayList<>();
  private final Resource[] chairs;
  private final Resource[] beds;
  private final PeriodicSlots slots;
  private final int[][] centresByRegion;
  private final double[] travelDaysByRegion;
  private final int[] streamRegion;
  private final double[] streamCumulative;
  private final double[] hazardTotal;
  private final double[] hazardDeathShare;
  private final double[] hazardAfterApheresis;
  private final double[] centreCumulativeBeds;
  private final double[] ageMedian;
  private final double[] ageMin;
  private final double[] ageMax;
  private final double[] femaleFraction;

  private final ContinuousSampler interarrival;
  private final ContinuousSampler unitExponential;
  private final UniformRandomProvider decisions;
  private final UniformRandomProvider demographics;
  private final ContinuousSampler toConsult;
  private final ContinuousSampler assessment;
  private final ContinuousSampler payerApproval;
  private final ContinuousSampler apheresisSession;
  private final ContinuousSampler outbound;
  private final ContinuousSampler turnaround;
  private final ContinuousSampler inbound;
  private final ContinuousSampler lymphodepletion;
  private final ContinuousSampler inpatientStay;
  private final ContinuousSampler outpatientStay;

  private final TimeWeighted waitlist = new TimeWeighted();
  private final double[] monthlyWaitlist;
  private int month;
  private double monthArea;
  private boolean referralsOpen = true;
  private int active;

  private long referred;
  private long infused;
  private final long[] withdrawn = new long[Withdrawal.values().length];
  private final DoubleList veinToVein = new DoubleList();
  private final DoubleList referralToInfusion = new DoubleList();
  private double daysInPathway;
  private long leftPathway;
  private long infusedOutpatient;
  private long outOfSpecification;
  private long bridged;
  private long reApheresis;
  private double waitlistMean;
  private double waitlistMax;
  private final Map<String, Double> utilization = new LinkedHashMap<>();

  NetworkReplication(NetworkScenario scenario, double years, UniformRandomProvider stream) {
    this.scenario = scenario;
    this.warmup = scenario.warmupDays();
    this.horizon = warmup + years * DAYS_PER_YEAR;
    this.monthlyWaitlist = new double[(int) Math.ceil(years * 12 - 1e-9)];

    List<NetworkScenario.Centre> centres = scenario.centres();
    chairs = new Resource[centres.size()];
    beds = new Resource[centres.size()];
    centreCumulativeBeds = new double[centres.size()];
    double totalBeds = 0;
    for (int c = 0; c < centres.size(); c++) {
      NetworkScenario.Centre centre = centres.get(c);
      chairs[c] = new Resource("apheresis:" + centre.site(), centre.apheresisChairs());
      beds[c] = new Resource("beds:" + centre.site(), centre.beds());
      totalBeds += centre.beds();
      centreCumulativeBeds[c] = totalBeds;
    }
    slots =
        new PeriodicSlots(
            "manufacturing:" + scenario.manufacturing().site(),
            scenario.manufacturing().slotsPerWeek());

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
    streamRegion = new int[arrivals.size()];
    streamCumulative = new double[arrivals.size()];
    hazardTotal = new double[arrivals.size()];
    hazardDeathShare = new double[arrivals.size()];
    hazardAfterApheresis = new double[arrivals.size()];
    ageMedian = new double[arrivals.size()];
    ageMin = new double[arrivals.size()];
    ageMax = new double[arrivals.size()];
    femaleFraction = new double[arrivals.size()];
    double perDay = 0;
    for (int s = 0; s < arrivals.size(); s++) {
      NetworkScenario.Arrivals a = arrivals.get(s);
      perDay += a.perYear() / DAYS_PER_YEAR;
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

    // Demographics draw from a seventh sub-stream, so the first six (and so every result that
    // does not depend on age or sex) are what they were before patients had an age.
    UniformRandomProvider[] streams = RandomStreams.substreams(stream, 7);
    interarrival = new Distribution.Exponential(1 / perDay).sampler(streams[0]);
    unitExponential = new Distribution.Exponential(1).sampler(streams[4]);
    decisions = streams[5];
    demographics = streams[6];
    NetworkScenario.Pathway p = scenario.pathway();
    toConsult = p.referralToConsult().sampler(streams[1]);
    assessment = p.eligibilityAssessment().sampler(streams[1]);
    payerApproval = p.payerApproval().sampler(streams[1]);
    apheresisSession = p.apheresisSession().sampler(streams[1]);
    NetworkScenario.Manufacturing m = scenario.manufacturing();
    outbound = m.outboundTransit().sampler(streams[2]);
    turnaround = m.turnaround().sampler(streams[2]);
    inbound = m.returnTransit().sampler(streams[2]);
    NetworkScenario.Infusion i = scenario.infusion();
    lymphodepletion = i.lymphodepletion().sampler(streams[3]);
    inpatientStay = i.inpatientStay().sampler(streams[3]);
    outpatientStay = i.outpatientStay().sampler(streams[3]);
  }

  NetworkOutcome run() {
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
    long censored = 0;
    List<SimulatedPatient> counted = new ArrayList<>();
    for (SimulatedPatient p : patients) {
      if (p.counted) {
        counted.add(p);
        if (p.isActive()) {
          censored++;
        }
      }
    }
    return new NetworkOutcome(
        referred,
        infused,
        withdrawn.clone(),
        censored,
        veinToVein.toArray(),
        referralToInfusion.toArray(),
        leftPathway == 0 ? 0 : daysInPathway / leftPathway,
        waitlistMean,
        waitlistMax,
        monthlyWaitlist,
        new LinkedHashMap<>(utilization),
        infusedOutpatient,
        outOfSpecification,
        bridged,
        reApheresis,
        horizon - warmup,
        calendar.scheduled(),
        PatientRecords.of(counted, scenario.arrivals()));
  }

  private void handle(int kind, int subject) {
    double now = calendar.now();
    switch (kind) {
      case ARRIVAL -> arrive(now);
      case SLOT_WEEK -> openSlots(now);
      case MONTH -> closeMonth(now);
      case WARMUP_OVER -> startMeasuring(now);
      case HORIZON -> stopMeasuring(now);
      case BED_FREE -> freeBed(patients.get(subject), now);
      case HAZARD -> hazard(patients.get(subject), now);
      default -> step(kind, patients.get(subject), now);
    }
  }

  private void step(int kind, SimulatedPatient p, double now) {
    if (p.state == CaseState.WITHDRAWN) {
      return;
    }
    switch (kind) {
      case CONSULTED -> calendar.schedule(now + assessment.sample(), ASSESSED, p.id);
      case ASSESSED -> assessed(p, now);
      case PAYER_DECIDED -> payerDecided(p, now);
      case APHERESIS_DONE -> apheresisDone(p, now);
      case AT_MANUFACTURER -> atManufacturer(p, now);
      case MANUFACTURED -> manufactured(p, now);
      case RECEIVED -> received(p, now);
      case INFUSION -> infuse(p, now);
      default -> throw new IllegalStateException("Unknown event " + kind);
    }
  }

  private void arrive(double now) {
    if (!referralsOpen) {
      return;
    }
    double pick = decisions.nextDouble() * streamCumulative[streamCumulative.length - 1];
    int stream = 0;
    while (stream < streamCumulative.length - 1 && pick >= streamCumulative[stream]) {
      stream++;
    }
    int region = streamRegion[stream];
    int centre = chooseCentre(region);
    boolean counted = now >= warmup;
    SimulatedPatient p = new SimulatedPatient(patients.size(), stream, centre, now, counted);
    patients.add(p);
    drawDemographics(p);
    if (counted) {
      referred++;
    }
    active++;
    waitlist.set(active, now);
    drawHazard(p, now);
    double travel = centresByRegion[region].length == 0 ? travelDaysByRegion[region] : 0;
    calendar.schedule(now + travel + toConsult.sample(), CONSULTED, p.id);
    calendar.schedule(now + interarrival.sample(), ARRIVAL, -1);
  }

  /**
   * Age in whole years at referral: half the patients uniformly between the minimum and the median,
   * half between the median and the maximum, which keeps the published median and range.
   */
  private void drawDemographics(SimulatedPatient p) {
    int s = p.stream;
    double u = demographics.nextDouble();
    double age =
        u < 0.5
            ? ageMin[s] + (ageMedian[s] - ageMin[s]) * 2 * u
            : ageMedian[s] + (ageMax[s] - ageMedian[s]) * 2 * (u - 0.5);
    p.ageYears = (int) Math.min(Math.floor(age), ageMax[s]);
    p.female = demographics.nextDouble() < femaleFraction[s];
  }

  /** A centre in the patient's region, else any centre, chosen in proportion to its beds. */
  private int chooseCentre(int region) {
    int[] local = centresByRegion[region];
    if (local.length == 1) {
      return local[0];
    }
    if (local.length > 1) {
      double total = 0;
      for (int c : local) {
        total += scenario.centres().get(c).beds();
      }
      double pick = decisions.nextDouble() * total;
      for (int c : local) {
        pick -= scenario.centres().get(c).beds();
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

  private void drawHazard(SimulatedPatient p, double now) {
    double rate = hazardTotal[p.stream] * (p.afterApheresis ? hazardAfterApheresis[p.stream] : 1);
    double cause = decisions.nextDouble();
    double unit = unitExponential.sample();
    if (rate > 0) {
      p.hazardDue = now + unit / rate;
      p.hazardCause =
          cause < hazardDeathShare[p.stream] ? Withdrawal.DEATH : Withdrawal.PROGRESSION;
      calendar.schedule(p.hazardDue, HAZARD, p.id);
    } else {
      p.hazardDue = Double.NaN;
    }
  }

  private void hazard(SimulatedPatient p, double now) {
    if (p.isActive() && now == p.hazardDue) {
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
    calendar.schedule(now + payerApproval.sample(), PAYER_DECIDED, p.id);
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
    if (chairs[p.centre].seize(p.id, priority, now)) {
      startApheresis(p, now);
    } else {
      p.waiting = SimulatedPatient.Waiting.CHAIR;
    }
  }

  private void startApheresis(SimulatedPatient p, double now) {
    p.waiting = SimulatedPatient.Waiting.NOTHING;
    p.holdsChair = true;
    calendar.schedule(now + apheresisSession.sample(), APHERESIS_DONE, p.id);
  }

  private void apheresisDone(SimulatedPatient p, double now) {
    releaseChair(p, now);
    p.state = CaseState.APHERESIS_COLLECTED;
    p.apheresisAt = now;
    p.reach(Stage.COLLECTED);
    if (!p.afterApheresis) {
      p.afterApheresis = true;
      if (decisions.nextDouble() < scenario.infusion().bridgingFraction() && p.counted) {
        bridged++;
      }
      drawHazard(p, now);
    }
    p.state = CaseState.SHIPPED_TO_MANUFACTURER;
    calendar.schedule(now + outbound.sample(), AT_MANUFACTURER, p.id);
  }

  private void releaseChair(SimulatedPatient p, double now) {
    if (!p.holdsChair) {
      return;
    }
    p.holdsChair = false;
    int next = chairs[p.centre].release(now);
    if (next >= 0) {
      startApheresis(patients.get(next), now);
    }
  }

  private void atManufacturer(SimulatedPatient p, double now) {
    p.state = CaseState.IN_MANUFACTURING;
    if (slots.claim(p.id, 0, now)) {
      startManufacturing(p, now);
    } else {
      p.waiting = SimulatedPatient.Waiting.SLOT;
    }
  }

  private void startManufacturing(SimulatedPatient p, double now) {
    p.waiting = SimulatedPatient.Waiting.NOTHING;
    calendar.schedule(now + turnaround.sample(), MANUFACTURED, p.id);
  }

  private void openSlots(double now) {
    slots.openPeriod(now, id -> startManufacturing(patients.get(id), now));
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
          reApheresis++;
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
    calendar.schedule(now + inbound.sample(), RECEIVED, p.id);
  }

  private void received(SimulatedPatient p, double now) {
    p.state = CaseState.RECEIVED_AT_SITE;
    p.outpatient = decisions.nextDouble() < scenario.infusion().outpatientFraction();
    if (p.outpatient) {
      startLymphodepletion(p, now);
    } else if (beds[p.centre].seize(p.id, 1, now)) {
      p.holdsBed = true;
      startLymphodepletion(p, now);
    } else {
      p.waiting = SimulatedPatient.Waiting.BED;
    }
  }

  private void startLymphodepletion(SimulatedPatient p, double now) {
    p.waiting = SimulatedPatient.Waiting.NOTHING;
    p.state = CaseState.LYMPHODEPLETION;
    calendar.schedule(now + lymphodepletion.sample(), INFUSION, p.id);
  }

  private void infuse(SimulatedPatient p, double now) {
    p.state = CaseState.INFUSED;
    p.reach(Stage.INFUSED);
    p.hazardDue = Double.NaN;
    leave(p, now);
    if (p.counted) {
      infused++;
      veinToVein.add(now - p.apheresisAt);
      referralToInfusion.add(now - p.referredAt);
      if (p.outpatient) {
        infusedOutpatient++;
      }
      if (p.outOfSpecification) {
        outOfSpecification++;
      }
    }
    if (p.holdsBed) {
      calendar.schedule(now + inpatientStay.sample(), BED_FREE, p.id);
    } else if (decisions.nextDouble() < scenario.infusion().outpatientAdmissionFraction()) {
      // Admitted after outpatient infusion (CRS, neurotoxicity): ahead of planned admissions.
      if (beds[p.centre].seize(p.id, 0, now)) {
        p.holdsBed = true;
        calendar.schedule(now + outpatientStay.sample(), BED_FREE, p.id);
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
    int next = beds[p.centre].release(now);
    if (next >= 0) {
      SimulatedPatient q = patients.get(next);
      q.holdsBed = true;
      q.waiting = SimulatedPatient.Waiting.NOTHING;
      if (q.state == CaseState.INFUSED) {
        calendar.schedule(now + outpatientStay.sample(), BED_FREE, q.id);
      } else {
        startLymphodepletion(q, now);
      }
    }
  }

  private void withdraw(SimulatedPatient p, Withdrawal cause, double now) {
    switch (p.waiting) {
      case CHAIR -> chairs[p.centre].renege(p.id, now);
      case SLOT -> slots.renege(p.id, now);
      case BED -> beds[p.centre].renege(p.id, now);
      case NOTHING -> {}
    }
    p.waiting = SimulatedPatient.Waiting.NOTHING;
    p.state = CaseState.WITHDRAWN;
    p.withdrawal = cause;
    releaseChair(p, now);
    freeBed(p, now);
    leave(p, now);
    if (p.counted) {
      withdrawn[cause.ordinal()]++;
    }
  }

  private void leave(SimulatedPatient p, double now) {
    p.leftAt = now;
    active--;
    waitlist.set(active, now);
    if (p.counted) {
      daysInPathway += now - p.referredAt;
      leftPathway++;
    }
  }

  private void startMeasuring(double now) {
    waitlist.restart(now);
    for (Resource r : chairs) {
      r.restartStatistics(now);
    }
    for (Resource r : beds) {
      r.restartStatistics(now);
    }
    slots.restartStatistics(now);
    monthArea = 0;
    if (monthlyWaitlist.length > 0) {
      calendar.schedule(Math.min(horizon, now + DAYS_PER_MONTH), MONTH, -1);
    }
  }

  private void closeMonth(double now) {
    if (month >= monthlyWaitlist.length) {
      return;
    }
    double area = waitlist.area(now);
    double start = warmup + month * DAYS_PER_MONTH;
    monthlyWaitlist[month] = now > start ? (area - monthArea) / (now - start) : waitlist.level();
    monthArea = area;
    month++;
    if (month < monthlyWaitlist.length) {
      calendar.schedule(Math.min(horizon, warmup + (month + 1) * DAYS_PER_MONTH), MONTH, -1);
    }
  }

  private void stopMeasuring(double now) {
    referralsOpen = false;
    waitlistMean = waitlist.mean(now);
    waitlistMax = waitlist.max();
    for (Resource r : chairs) {
      utilization.put(r.name(), r.utilization(now));
    }
    for (Resource r : beds) {
      utilization.put(r.name(), r.utilization(now));
    }
    utilization.put(slots.name(), slots.utilization());
  }

  /** A growable array of doubles. */
  private static final class DoubleList {
    private double[] values = new double[256];
    private int size;

    void add(double value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    double[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
