package org.openv2v.scheduling.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openv2v.scheduling.ChairCapacity;
import org.openv2v.scheduling.CourierLane;
import org.openv2v.scheduling.SlotView;
import org.openv2v.scheduling.domain.TransitQuantile;
import org.openv2v.scheduling.domain.TransitTime;
import org.openv2v.scheduling.domain.plan.ChairCalendar;
import org.openv2v.scheduling.domain.plan.JourneyDates;
import org.openv2v.scheduling.domain.plan.PlanSlot;
import org.openv2v.scheduling.domain.plan.WaitingCase;

/**
 * The network's capacity from today to the horizon, read once: what option search, booking checks,
 * the planner and the summary work from.
 */
public final class CapacityPicture {

  private final LocalDate today;
  private final LocalDate end;
  private final Map<String, TransitTime> lanes = new HashMap<>();
  private final TransitQuantile quantile;
  private final Map<String, Integer> manufacturingDays = new HashMap<>();
  private final int defaultManufacturingDays;
  private final List<CapacityRows.Slot> slots;
  private final Map<String, ChairCapacity> chairs = new HashMap<>();
  private final Map<String, Set<LocalDate>> blackouts = new HashMap<>();
  private final Map<String, Map<LocalDate, Integer>> chairsBooked;

  CapacityPicture(CapacityRows rows, SchedulingProperties properties, LocalDate today) {
    this.today = today;
    this.end = today.plusDays(properties.horizonDays());
    this.quantile = properties.transitQuantile();
    this.defaultManufacturingDays = properties.defaultManufacturingDays();
    for (CourierLane lane : rows.lanes()) {
      lanes.put(
          lane.fromSiteId() + ">" + lane.toSiteId(),
          new TransitTime(lane.distribution(), lane.medianDays(), lane.p90Days()));
    }
    rows.manufacturingTimes()
        .forEach(
            t ->
                manufacturingDays.put(
                    t.facilityId() + "/" + t.productCode(), t.manufacturingDays()));
    this.slots = rows.slots(weekOf(today).minusWeeks(1), end);
    rows.chairs().forEach(c -> chairs.put(c.siteId(), c));
    rows.blackouts(today.minusDays(14))
        .forEach(b -> blackouts.computeIfAbsent(b.siteId(), s -> new HashSet<>()).add(b.day()));
    this.chairsBooked = rows.chairsBooked(today, end);
  }

  public static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public LocalDate today() {
    return today;
  }

  public LocalDate end() {
    return end;
  }

  public Optional<Integer> transitDays(String from, String to) {
    return Optional.ofNullable(lanes.get(from + ">" + to)).map(t -> t.planningDays(quantile));
  }

  public int manufacturingDays(String facilityId, String productCode) {
    return manufacturingDays.getOrDefault(facilityId + "/" + productCode, defaultManufacturingDays);
  }

  /** Chairs the site offers on the day: none on blackout days, nor at weekends unless it opens. */
  public int chairsOn(String siteId, LocalDate day) {
    ChairCapacity site = chairs.get(siteId);
    if (site == null || blackouts.getOrDefault(siteId, Set.of()).contains(day)) {
      return 0;
    }
    boolean weekend = day.getDayOfWeek().getValue() > 5;
    return weekend && !site.weekends() ? 0 : site.chairs();
  }

  public int chairsBookedOn(String siteId, LocalDate day) {
    return chairsBooked.getOrDefault(siteId, Map.of()).getOrDefault(day, 0);
  }

  public boolean isBlackout(String siteId, LocalDate day) {
    return blackouts.getOrDefault(siteId, Set.of()).contains(day);
  }

  /** Free chairs per site and day after today, for option search and the planner. */
  public ChairCalendar freeChairs() {
    Map<String, Map<LocalDate, Integer>> free = new HashMap<>();
    for (String siteId : chairs.keySet()) {
      Map<LocalDate, Integer> days = new HashMap<>();
      for (LocalDate day = today.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
        int left = chairsOn(siteId, day) - chairsBookedOn(siteId, day);
        if (left > 0) {
          days.put(day, left);
        }
      }
      free.put(siteId, days);
    }
    return new ChairCalendar(free);
  }

  public List<CapacityRows.Slot> slots() {
    return slots;
  }

  public Optional<CapacityRows.Slot> slot(UUID id) {
    return slots.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public PlanSlot planSlot(CapacityRows.Slot slot) {
    return new PlanSlot(
        slot.id().toString(),
        slot.facilityId(),
        slot.productCode(),
        slot.weekStart(),
        Math.max(0, slot.capacity() - slot.booked()),
        manufacturingDays(slot.facilityId(), slot.productCode()));
  }

  public List<PlanSlot> planSlots() {
    return slots.stream().map(this::planSlot).toList();
  }

  public SlotView view(CapacityRows.Slot slot) {
    return new SlotView(
        slot.id(),
        slot.facilityId(),
        slot.productCode(),
        slot.weekStart(),
        slot.weekStart().plusDays(6),
        slot.capacity(),
        slot.booked(),
        manufacturingDays(slot.facilityId(), slot.productCode()));
  }

  /**
   * The case as the planner and option search see it. Its facility is reachable only when lanes go
   * both ways; otherwise the case has no candidate slot.
   */
  public WaitingCase waitingCase(
      BookingRows.Route route,
      int priorityWeight,
      LocalDate listedOn,
      LocalDate earliestApheresis,
      Set<LocalDate> unavailable,
      int infusionLeadDays) {
    Map<String, Integer> inbound = new HashMap<>();
    Map<String, Integer> outbound = new HashMap<>();
    Optional<Integer> in = transitDays(route.apheresisSiteId(), route.facilityId());
    Optional<Integer> out = transitDays(route.facilityId(), route.treatmentCentreId());
    if (in.isPresent() && out.isPresent()) {
      inbound.put(route.facilityId(), in.get());
      outbound.put(route.facilityId(), out.get());
    }
    LocalDate earliest = earliestApheresis.isAfter(today) ? earliestApheresis : today.plusDays(1);
    return new WaitingCase(
        route.caseId().toString(),
        route.productCode(),
        route.apheresisSiteId(),
        route.treatmentCentreId(),
        priorityWeight,
        listedOn,
        earliest,
        unavailable,
        inbound,
        outbound,
        infusionLeadDays,
        planSlots());
  }

  /** Dates that follow from collecting on the day for the slot, with today's lanes and times. */
  public Optional<JourneyDates> dates(
      BookingRows.Route route, LocalDate apheresis, CapacityRows.Slot slot, int leadDays) {
    Optional<Integer> in = transitDays(route.apheresisSiteId(), slot.facilityId());
    Optional<Integer> out = transitDays(slot.facilityId(), route.treatmentCentreId());
    if (in.isEmpty() || out.isEmpty()) {
      return Optional.empty();
    }
    LocalDate arrival = apheresis.plusDays(in.get());
    LocalDate release = arrival.plusDays(manufacturingDays(slot.facilityId(), slot.productCode()));
    LocalDate atCentre = release.plusDays(out.get());
    return Optional.of(
        new JourneyDates(apheresis, arrival, release, atCentre, atCentre.plusDays(leadDays)));
  }
}
