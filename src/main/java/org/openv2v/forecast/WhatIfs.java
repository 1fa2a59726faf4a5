package org.openv2v.forecast;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.Cases;
import org.openv2v.cases.OpenCase;
import org.openv2v.forecast.domain.ForwardSimulation;
import org.openv2v.forecast.domain.Queue;
import org.openv2v.forecast.domain.QueuedCase;
import org.openv2v.forecast.internal.LiveQueue;
import org.openv2v.scheduling.CourierLane;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;
import org.openv2v.simulation.engine.Distribution;
import org.openv2v.simulation.engine.Estimate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What if, on the live queue: the same forward simulation run on the queue as it is and on the
 * queue with the changes, with the same seed, comparing expected infusions and losses before
 * infusion over the next days. Nothing is stored or booked.
 */
@Service
@RequiredArgsConstructor
public class WhatIfs {

  private final Forecasts forecasts;
  private final Cases cases;
  private final Clock clock;

  /** The queues a what-if can change: facility and product of the open cases, in order. */
  @Transactional(readOnly = true)
  public List<String[]> queues() {
    LiveQueue live = forecasts.live(clock.instant());
    return forecasts.inputsNow(live).queues().keySet().stream()
        .sorted()
        .map(key -> key.split("\\|", 2))
        .toList();
  }

  /** The treatment centres of the open cases, where a what-if can open infusion chairs. */
  @Transactional(readOnly = true)
  public List<String> centres() {
    return cases.openBeforeInfusion().stream()
        .map(OpenCase::treatmentCentreId)
        .distinct()
        .sorted()
        .toList();
  }

  @Transactional
  public WhatIfResult run(WhatIfRequest request, Actor actor) {
    if (!actor.is(Role.COORDINATOR, Role.PLANNER)) {
      throw Refusal.forbidden("A " + actor.role() + " does not run what-if forecasts.")
          .withWords("refusal.whatIf.role", actor.role());
    }
    Instant now = StoredTime.now(clock);
    LiveQueue live = forecasts.live(now);
    LiveQueue.Inputs inputs = forecasts.inputsNow(live);
    List<QueuedCase> changedCases = new ArrayList<>(inputs.cases());
    Map<String, Queue> changedQueues = new HashMap<>(inputs.queues());
    InfusionChairs chairs =
        new InfusionChairs(cases.openBeforeInfusion(), forecasts.settings().horizonWeeks());
    int index = 0;
    for (WhatIfRequest.Change change : request.changes()) {
      String at = "changes[" + index++ + "]";
      switch (change.kind()) {
        case SLOT_CHANGE -> slots(change, at, live, changedQueues);
        case LANE_CHANGE -> lane(change, at, changedQueues);
        case MOVE_PATIENT -> move(change, at, actor, changedCases, changedQueues);
        case OPEN_CHAIR -> chairs.open(change, at, live);
      }
    }
    ForecastSettings settings = forecasts.settings();
    int days = request.window();
    double thisMonday = live.daysTo(live.weekStartOf(0));
    List<ForwardSimulation.Totals> now0 =
        chairs
            .now(
                new ForwardSimulation(
                    inputs.cases(), inputs.queues(), inputs.pathway(), settings.horizonWeeks()),
                thisMonday)
            .totals(settings.replications(), settings.seed(), settings.threads(), days);
    List<ForwardSimulation.Totals> changed =
        chairs
            .changed(
                new ForwardSimulation(
                    changedCases, changedQueues, inputs.pathway(), settings.horizonWeeks()),
                thisMonday)
            .totals(settings.replications(), settings.seed(), settings.threads(), days);
    int n = now0.size();
    double[] infusedNow = new double[n];
    double[] infusedChanged = new double[n];
    double[] infusedDiff = new double[n];
    double[] lostNow = new double[n];
    double[] lostChanged = new double[n];
    double[] lostDiff = new double[n];
    for (int i = 0; i < n; i++) {
      infusedNow[i] = now0.get(i).infused();
      infusedChanged[i] = changed.get(i).infused();
      infusedDiff[i] = infusedChanged[i] - infusedNow[i];
      lostNow[i] = now0.get(i).lostBeforeInfusion();
      lostChanged[i] = changed.get(i).lostBeforeInfusion();
      lostDiff[i] = lostChanged[i] - lostNow[i];
    }
    return new WhatIfResult(
        days,
        inputs.cases().size(),
        figure(infusedNow),
        figure(infusedChanged),
        figure(infusedDiff),
        figure(lostNow),
        figure(lostChanged),
        figure(lostDiff),
        now,
        Forecasts.MODEL_VERSION,
        settings.seed(),
        settings.replications());
  }

  private static WhatIfResult.Figure figure(double[] values) {
    if (Arrays.stream(values).distinct().count() <= 1) {
      return new WhatIfResult.Figure(values[0], values[0], values[0]);
    }
    Estimate e = Estimate.of(values);
    return new WhatIfResult.Figure(e.mean(), e.lower(), e.upper());
  }

  private static void slots(
      WhatIfRequest.Change change, String at, LiveQueue live, Map<String, Queue> queues) {
    String key =
        required(change.facilityId(), at + ".facilityId")
            + "|"
            + required(change.productCode(), at + ".productCode");
    Queue q = queues.get(key);
    if (q == null) {
      throw Refusal.invalidField(
              at + ".facilityId", "no open case uses this facility for this product")
          .withWords("refusal.whatIf.noQueue");
    }
    if (change.weekStart() == null || change.weekStart().getDayOfWeek() != DayOfWeek.MONDAY) {
      throw Refusal.invalidField(at + ".weekStart", "must be a Monday (ISO week start)")
          .withWords("refusal.whatIf.monday");
    }
    int w = live.weekIndex(change.weekStart());
    if (w < 0 || w >= 78) {
      throw Refusal.invalidField(at + ".weekStart", "must be this week or within 78 weeks")
          .withWords("refusal.whatIf.weekRange");
    }
    if (change.units() == null) {
      throw Refusal.invalidField(at + ".units", "is required").withWords("refusal.field.required");
    }
    int[] free = Arrays.copyOf(q.free(), Math.max(q.free().length, w + 1));
    for (int i = q.free().length; i < free.length; i++) {
      free[i] = q.unitsPerWeekAfter();
    }
    free[w] = Math.max(0, free[w] + change.units());
    queues.put(
        key,
        new Queue(
            key,
            free,
            q.firstWeekStartDay(),
            q.unitsPerWeekAfter(),
            q.outbound(),
            q.manufacturing(),
            q.inbound(),
            q.outboundLeadDays()));
  }

  private static void lane(WhatIfRequest.Change change, String at, Map<String, Queue> queues) {
    String from = required(change.fromSiteId(), at + ".fromSiteId");
    String to = required(change.toSiteId(), at + ".toSiteId");
    if (change.medianDays() == null || change.p90Days() == null) {
      throw Refusal.invalidField(at + ".medianDays", "medianDays and p90Days are required")
          .withWords("refusal.whatIf.transitRequired");
    }
    if (change.p90Days() < change.medianDays()) {
      throw Refusal.invalidField(at + ".p90Days", "must not be below medianDays")
          .withWords("refusal.whatIf.p90BelowMedian");
    }
    Distribution transit =
        LiveQueue.transit(
            new CourierLane(from, to, null, change.medianDays(), change.p90Days(), "", null, null));
    boolean any = false;
    for (Map.Entry<String, Queue> entry : new ArrayList<>(queues.entrySet())) {
      Queue q = entry.getValue();
      String facility = entry.getKey().substring(0, entry.getKey().indexOf('|'));
      boolean outbound = facility.equals(to);
      boolean inbound = facility.equals(from);
      if (outbound || inbound) {
        any = true;
        queues.put(
            entry.getKey(),
            new Queue(
                q.key(),
                q.free(),
                q.firstWeekStartDay(),
                q.unitsPerWeekAfter(),
                outbound ? transit : q.outbound(),
                q.manufacturing(),
                inbound ? transit : q.inbound(),
                outbound ? Math.ceil(change.p90Days() - 1e-9) : q.outboundLeadDays()));
      }
    }
    if (!any) {
      throw Refusal.invalidField(at + ".toSiteId", "no open case travels this lane")
          .withWords("refusal.whatIf.noLane");
    }
  }

  private void move(
      WhatIfRequest.Change change,
      String at,
      Actor actor,
      List<QueuedCase> queued,
      Map<String, Queue> queues) {
    if (!actor.is(Role.COORDINATOR)) {
      throw Refusal.forbidden("Only a coordinator moves a patient in a what-if.")
          .withWords("refusal.whatIf.moveRole");
    }
    if (change.caseId() == null) {
      throw Refusal.invalidField(at + ".caseId", "is required").withWords("refusal.field.required");
    }
    cases.find(change.caseId(), actor); // site check (404 otherwise) and the audited read
    int i = 0;
    while (i < queued.size() && !queued.get(i).id().equals(change.caseId())) {
      i++;
    }
    if (i == queued.size()) {
      throw Refusal.invalidField(at + ".caseId", "is not an open case before infusion")
          .withWords("refusal.whatIf.notOpen");
    }
    QueuedCase c = queued.get(i);
    String queue = c.queue();
    if (change.facilityId() != null) {
      String product = queue.substring(queue.indexOf('|') + 1);
      queue = change.facilityId() + "|" + product;
      if (!queues.containsKey(queue)) {
        throw Refusal.invalidField(
                at + ".facilityId", "no open case uses this facility for the case's product")
            .withWords("refusal.whatIf.noQueueForCase");
      }
    }
    queued.set(
        i,
        new QueuedCase(
            c.id(),
            c.state(),
            c.daysInState(),
            c.hazards(),
            queue,
            c.bookedApheresisDay(),
            c.bookedWeek(),
            change.priority() == null ? c.priority() : change.priority(),
            c.listedDay(),
            c.earliestDay()));
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalidField(field, "is required").withWords("refusal.field.required");
    }
    return value;
  }
}
