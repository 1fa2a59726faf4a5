package org.openv2v.forecast.backtest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.cases.CaseHistory;
import org.openv2v.cases.OpenCase;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.scheduling.CapacityView;
import org.openv2v.scheduling.SlotView;

/**
 * What the queue looked like on a past day, rebuilt from the recorded steps: each case's state then
 * and since when, and its failed manufactures so far. Only steps that had happened by then count,
 * so a replayed forecast knows no more than a forecast made that day would have.
 */
public final class PastQueue {

  private PastQueue() {}

  /**
   * The case as it stood at {@code at}, if it was then open before infusion (referred, not yet
   * infused and not withdrawn).
   */
  public static Optional<OpenCase> asOf(CaseHistory history, Instant at) {
    CaseState state = null;
    Instant since = null;
    int failures = 0;
    for (CaseHistory.Step step : history.steps()) {
      if (step.at().isAfter(at)) {
        continue; // recorded out of order is possible: only what had happened by then counts
      }
      if (since == null || !step.at().isBefore(since)) {
        state = step.state();
        since = step.at();
      }
      if (step.state() == CaseState.MANUFACTURING_FAILED) {
        failures++;
      }
    }
    if (state == null || !openBeforeInfusion(state)) {
      return Optional.empty();
    }
    return Optional.of(
        new OpenCase(
            history.id(),
            "",
            Optional.empty(),
            state,
            since,
            history.productCode(),
            history.indication(),
            history.treatmentCentreId(),
            history.apheresisSiteId(),
            history.manufacturingSiteId(),
            history.courierSiteId(),
            failures));
  }

  static boolean openBeforeInfusion(CaseState state) {
    return switch (state) {
      case INFUSED, MONITORING, FOLLOW_UP, CLOSED, WITHDRAWN -> false;
      default -> true;
    };
  }

  /**
   * The weekly manufacturing slots a past day's forecast assumes. Slot history is not kept (a slot
   * row holds today's capacity and bookings), so each facility and product gets, every week and all
   * free, the average capacity it publishes now; lanes and manufacturing times are today's.
   */
  public static CapacityView steadyCapacity(CapacityView now, LocalDate monday) {
    Map<String, List<SlotView>> byQueue = new LinkedHashMap<>();
    for (SlotView s : now.slots()) {
      byQueue
          .computeIfAbsent(s.facilityId() + "|" + s.productCode(), k -> new ArrayList<>())
          .add(s);
    }
    List<SlotView> steady = new ArrayList<>();
    for (List<SlotView> published : byQueue.values()) {
      SlotView first = published.get(0);
      int perWeek =
          (int) Math.round(published.stream().mapToInt(SlotView::capacity).average().orElse(0));
      steady.add(
          new SlotView(
              UUID.nameUUIDFromBytes((first.facilityId() + "|" + first.productCode()).getBytes()),
              first.facilityId(),
              first.productCode(),
              monday,
              monday.plusDays(6),
              perWeek,
              0,
              first.manufacturingDays()));
    }
    return new CapacityView(
        now.chairs(), steady, now.manufacturingTimes(), now.lanes(), now.blackouts());
  }
}
