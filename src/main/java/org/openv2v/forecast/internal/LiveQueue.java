package org.openv2v.forecast.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openv2v.cases.OpenCase;
import org.openv2v.forecast.domain.ForwardSimulation;
import org.openv2v.forecast.domain.Pathway;
import org.openv2v.forecast.domain.Queue;
import org.openv2v.forecast.domain.QueuedCase;
import org.openv2v.scheduling.CapacityView;
import org.openv2v.scheduling.CourierLane;
import org.openv2v.scheduling.ManufacturingTime;
import org.openv2v.scheduling.ScheduleQueue;
import org.openv2v.scheduling.SlotView;
import org.openv2v.simulation.engine.Distribution;
import org.openv2v.simulation.network.NetworkScenario;

/**
 * Turns the live records (open cases, the schedule's queue, the published capacity) into the
 * forward simulation's inputs, in days from now. What no record gives comes from the network
 * scenario (korea-2023): the delays before payer approval, lymphodepletion, the failure paths and
 * the waiting hazards; docs/forecast.md lists each input and its source.
 */
public final class LiveQueue {

  /** Spread of manufacturing time around the published days: korea-2023's turnaround sigma. */
  static final double MANUFACTURING_SIGMA = 0.25;

  /** z of the 90th percentile, to turn a lane's median and p90 into a log-normal sigma. */
  private static final double Z90 = 1.2815515655446004;

  private final NetworkScenario scenario;
  private final Instant now;
  private final ZoneId zone;
  private final LocalDate thisMonday;

  public LiveQueue(NetworkScenario scenario, Instant now, ZoneId zone) {
    this.scenario = scenario;
    this.now = now;
    this.zone = zone;
    this.thisMonday =
        now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The simulation's inputs: its cases in the order given, its queues and the pathway. */
  public record Inputs(List<QueuedCase> cases, Map<String, Queue> queues, Pathway pathway) {}

  public Inputs inputs(List<OpenCase> open, ScheduleQueue schedule, CapacityView capacity) {
    Map<UUID, ScheduleQueue.Booked> booked =
        schedule.booked().stream()
            .collect(
                Collectors.toMap(ScheduleQueue.Booked::caseId, Function.identity(), (a, b) -> a));
    Map<UUID, ScheduleQueue.Waiting> waiting =
        schedule.waiting().stream()
            .collect(
                Collectors.toMap(ScheduleQueue.Waiting::caseId, Function.identity(), (a, b) -> a));
    Map<UUID, SlotView> slots =
        capacity.slots().stream().collect(Collectors.toMap(SlotView::id, Function.identity()));
    Map<String, Queue> queues = new LinkedHashMap<>();
    List<QueuedCase> cases = new ArrayList<>();
    for (OpenCase c : open) {
      String key = c.manufacturingSiteId() + "|" + c.productCode();
      Queue queue = queues.computeIfAbsent(key, k -> queue(k, c, capacity));
      NetworkScenario.Hazards h =
          Optional.ofNullable(scenario.hazardsOf(c.indication()))
              .orElseGet(() -> scenario.hazardsOf("DLBCL"));
      ScheduleQueue.Booked b = booked.get(c.id());
      double bookedDay = Double.NaN;
      int bookedWeek = -1;
      if (b != null) {
        bookedDay = daysFromNow(b.apheresisDate());
        SlotView slot = slots.get(b.slotId());
        LocalDate week = slot == null ? b.apheresisDate() : slot.weekStart();
        bookedWeek = (int) Math.max(0, ChronoUnit.WEEKS.between(thisMonday, week));
      }
      ScheduleQueue.Waiting w = waiting.get(c.id());
      cases.add(
          new QueuedCase(
              c.id(),
              c.state(),
              Math.max(0, days(Duration.between(c.stateSince(), now))),
              new QueuedCase.Hazards(h.progressionPerDay(), h.deathPerDay(), h.afterApheresis()),
              key,
              bookedDay,
              bookedWeek,
              w == null ? ForwardSimulation.DEFAULT_PRIORITY : w.priority(),
              w == null
                  ? -days(Duration.between(c.stateSince(), now))
                  : -days(Duration.between(w.listedAt(), now)),
              w == null ? 1 : Math.max(0, daysFromNow(w.earliestApheresis()))));
    }
    return new Inputs(cases, queues, pathway());
  }

  private Queue queue(String key, OpenCase c, CapacityView capacity) {
    List<SlotView> published =
        capacity.slots().stream()
            .filter(s -> s.facilityId().equals(c.manufacturingSiteId()))
            .filter(s -> s.productCode().equals(c.productCode()))
            .filter(s -> !s.weekStart().isBefore(thisMonday))
            .toList();
    int weeks =
        published.stream()
            .mapToInt(s -> (int) ChronoUnit.WEEKS.between(thisMonday, s.weekStart()) + 1)
            .max()
            .orElse(0);
    int[] free = new int[weeks];
    for (SlotView s : published) {
      free[(int) ChronoUnit.WEEKS.between(thisMonday, s.weekStart())] +=
          Math.max(0, s.capacity() - s.booked());
    }
    // After the published weeks: as many units a week as published on average (assumption: the
    // manufacturer keeps its pace), or the scenario's slots when nothing is published.
    int after =
        published.isEmpty()
            ? scenario.manufacturing().slotsPerWeek()
            : (int) Math.round(published.stream().mapToInt(SlotView::capacity).average().orElse(0));
    int days =
        capacity.manufacturingTimes().stream()
            .filter(t -> t.facilityId().equals(c.manufacturingSiteId()))
            .filter(t -> t.productCode().equals(c.productCode()))
            .mapToInt(ManufacturingTime::manufacturingDays)
            .findFirst()
            .orElse(21);
    Map<String, CourierLane> lanes = new HashMap<>();
    capacity.lanes().forEach(l -> lanes.put(l.fromSiteId() + ">" + l.toSiteId(), l));
    CourierLane out = lanes.get(c.apheresisSiteId() + ">" + c.manufacturingSiteId());
    CourierLane back = lanes.get(c.manufacturingSiteId() + ">" + c.treatmentCentreId());
    double lead = out == null ? 2 : Math.ceil(out.p90Days() - 1e-9);
    return new Queue(
        key,
        free,
        days(Duration.between(now, thisMonday.atStartOfDay(zone).toInstant())),
        after,
        out == null ? scenario.manufacturing().outboundTransit() : transit(out),
        Distribution.LogNormal.ofMedian(days, MANUFACTURING_SIGMA),
        back == null ? scenario.manufacturing().returnTransit() : transit(back),
        lead);
  }

  public static Distribution transit(CourierLane lane) {
    // A FIXED lane has its p90 equal to its median (scheduling refuses anything else).
    if (lane.p90Days() <= lane.medianDays()) {
      return new Distribution.Fixed(lane.medianDays());
    }
    return Distribution.LogNormal.ofMedian(
        lane.medianDays(), (Math.log(lane.p90Days()) - Math.log(lane.medianDays())) / Z90);
  }

  Pathway pathway() {
    return pathwayOf(scenario);
  }

  /** The steps before infusion that the records do not hold, as the scenario gives them. */
  public static Pathway pathwayOf(NetworkScenario scenario) {
    NetworkScenario.Pathway p = scenario.pathway();
    NetworkScenario.Manufacturing m = scenario.manufacturing();
    return new Pathway(
        p.referralToConsult(),
        p.eligibilityAssessment(),
        p.ineligibleFraction(),
        p.payerApproval(),
        p.payerRefusalFraction(),
        scenario.infusion().lymphodepletion(),
        m.failureFraction(),
        m.failureReApheresis(),
        m.failureOutOfSpecification());
  }

  /** Days from now to the start of a week (a Monday): its index in the queues' arrays. */
  public int weekIndex(LocalDate weekStart) {
    return (int) ChronoUnit.WEEKS.between(thisMonday, weekStart);
  }

  /** The Monday that starts week {@code w} (0: this week). */
  public LocalDate weekStartOf(int w) {
    return thisMonday.plusWeeks(w);
  }

  /** Days from now to the start of a day (negative for this week's Monday, or zero). */
  public double daysTo(LocalDate date) {
    return daysFromNow(date);
  }

  /** The date a day offset from now falls on, in the network's zone. */
  public LocalDate date(double daysFromNow) {
    return now.plusMillis(Math.round(daysFromNow * 86_400_000d)).atZone(zone).toLocalDate();
  }

  private double daysFromNow(LocalDate date) {
    return days(Duration.between(now, date.atStartOfDay(zone).toInstant()));
  }

  private static double days(Duration d) {
    return d.toMillis() / 86_400_000d;
  }
}
