package org.openv2v.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.Network;
import org.openv2v.network.Site;
import org.openv2v.network.SiteType;
import org.openv2v.scheduling.domain.TransitDistribution;
import org.openv2v.scheduling.domain.TransitTime;
import org.openv2v.scheduling.internal.BookingRows;
import org.openv2v.scheduling.internal.CapacityPicture;
import org.openv2v.scheduling.internal.CapacityPictures;
import org.openv2v.scheduling.internal.CapacityRows;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's capacity as its owners describe it: manufacturers publish their own slots and
 * manufacturing times; administrators keep chairs, courier lanes and blackout days. Readers see the
 * load on it.
 */
@Service
@RequiredArgsConstructor
public class Capacity {

  /** How far the summary looks ahead. */
  static final int SUMMARY_DAYS = 56;

  private final CapacityRows rows;
  private final BookingRows bookingRows;
  private final CapacityPictures pictures;
  private final Network network;
  private final Bookings bookings;
  private final SlotChanges slotChanges;

  @Transactional(readOnly = true)
  public CapacityView view() {
    CapacityPicture picture = pictures.now();
    return new CapacityView(
        rows.chairs(),
        picture.slots().stream().map(picture::view).toList(),
        rows.manufacturingTimes(),
        rows.lanes(),
        rows.blackouts(picture.today()));
  }

  @Transactional
  public ChairCapacity setChairs(String siteId, ChairCapacity chairs, Actor actor) {
    requireAdmin(actor);
    requireAddressed("siteId", siteId, chairs.siteId());
    Site site = network.namedSite(siteId, "siteId");
    if (!site.collectsCells()) {
      throw Refusal.invalidField("siteId", siteId + " does not collect cells")
          .withWords("refusal.site.notApheresis", siteId);
    }
    LocalDate today = pictures.today();
    List<LocalDate> over = rows.daysBookedBeyond(siteId, today, chairs.chairs());
    if (!over.isEmpty()) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "More collections are booked than "
                  + chairs.chairs()
                  + " chairs on "
                  + over
                  + "; cancel or move them first")
          .withWords("refusal.capacity.chairsBooked", chairs.chairs(), over);
    }
    rows.saveChairs(chairs, actor.username());
    try {
      rows.recountChairDays(siteId, today, chairs.chairs(), chairs.weekends());
    } catch (DataIntegrityViolationException e) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "Collections are booked on weekend days " + siteId + " would close; move them first")
          .withWords("refusal.capacity.weekendBooked", siteId);
    }
    return chairs;
  }

  /** A manufacturer publishes its slots; cutting below what is booked displaces bookings. */
  @Transactional
  public SlotView setSlots(SlotCapacity slots, Actor actor) {
    Site facility = facilityFor(slots.facilityId(), slots.productCode(), actor);
    if (slots.weekStart().getDayOfWeek() != DayOfWeek.MONDAY) {
      throw Refusal.invalidField("weekStart", "must be a Monday (ISO week start)")
          .withWords("refusal.capacity.monday");
    }
    CapacityRows.Slot slot =
        rows.lockSlot(facility.id(), slots.productCode(), slots.weekStart(), actor.username());
    if (slots.capacity() < slot.booked()) {
      slotChanges.displace(slot, slot.booked() - slots.capacity());
    }
    rows.setSlotCapacity(slot.id(), slots.capacity(), slots.source(), actor.username());
    bookings.changed("slots");
    CapacityRows.Slot saved = rows.slot(slot.id()).orElseThrow();
    return pictures.now().view(saved);
  }

  @Transactional
  public ManufacturingTime setManufacturingTime(ManufacturingTime time, Actor actor) {
    facilityFor(time.facilityId(), time.productCode(), actor);
    rows.saveManufacturingTime(time, actor.username());
    slotChanges.alertSlips();
    bookings.changed("manufacturing time");
    return time;
  }

  @Transactional
  public CourierLane setLane(CourierLane lane, Actor actor) {
    requireAdmin(actor);
    network.namedSite(lane.fromSiteId(), "fromSiteId");
    network.namedSite(lane.toSiteId(), "toSiteId");
    TransitTime time;
    try {
      time = new TransitTime(lane.distribution(), lane.medianDays(), lane.p90Days());
    } catch (IllegalArgumentException e) {
      throw Refusal.invalidField("p90Days", e.getMessage())
          .withWords("refusal.capacity.transitTime", e.getMessage());
    }
    rows.saveLane(lane, actor.username());
    slotChanges.alertSlips();
    bookings.changed("lane");
    return new CourierLane(
        lane.fromSiteId(),
        lane.toSiteId(),
        lane.distribution(),
        lane.medianDays(),
        lane.p90Days(),
        lane.source(),
        time.mu(),
        time.distribution() == TransitDistribution.FIXED ? 0.0 : time.sigma());
  }

  @Transactional
  public BlackoutDay addBlackout(BlackoutDay day, Actor actor) {
    requireAdmin(actor);
    network.namedSite(day.siteId(), "siteId");
    int booked = rows.chairsBookedOn(day.siteId(), day.day());
    if (booked > 0) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              booked
                  + " collection(s) are booked at "
                  + day.siteId()
                  + " on "
                  + day.day()
                  + "; move them before closing the day")
          .withWords("refusal.capacity.dayBooked", booked, day.siteId(), day.day());
    }
    rows.saveBlackout(day, actor.username());
    return day;
  }

  @Transactional
  public void removeBlackout(String siteId, LocalDate day, Actor actor) {
    requireAdmin(actor);
    if (!rows.deleteBlackout(siteId, day)) {
      throw Refusal.notFound("No blackout day " + day + " at " + siteId)
          .withWords("refusal.capacity.noBlackout", day, siteId);
    }
  }

  /**
   * Per collecting site and per facility and product: utilisation over the next eight weeks,
   * waitlist length, and the expected wait of a newly listed case for a slot.
   */
  @Transactional(readOnly = true)
  public CapacitySummary summary() {
    CapacityPicture picture = pictures.now();
    LocalDate from = picture.today().plusDays(1);
    LocalDate to = picture.today().plusDays(SUMMARY_DAYS);
    List<BookingRows.Waiting> waiting = bookingRows.waitingCases();
    Map<UUID, BookingRows.Route> routes =
        bookingRows.routes(waiting.stream().map(BookingRows.Waiting::caseId).toList()).stream()
            .collect(Collectors.toMap(BookingRows.Route::caseId, r -> r));
    List<CapacitySummary.SiteLoad> sites = new ArrayList<>();
    for (ChairCapacity chairs : rows.chairs()) {
      int capacity = 0;
      int booked = 0;
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        capacity += picture.chairsOn(chairs.siteId(), day);
        booked += picture.chairsBookedOn(chairs.siteId(), day);
      }
      long queue =
          routes.values().stream().filter(r -> r.apheresisSiteId().equals(chairs.siteId())).count();
      sites.add(
          new CapacitySummary.SiteLoad(
              chairs.siteId(),
              chairs.chairs(),
              capacity,
              booked,
              share(booked, capacity),
              (int) queue));
    }
    Map<String, List<CapacityRows.Slot>> byProduct = new HashMap<>();
    picture.slots().stream()
        .filter(s -> !s.weekStart().plusDays(6).isBefore(from))
        .forEach(
            s ->
                byProduct
                    .computeIfAbsent(s.facilityId() + "/" + s.productCode(), k -> new ArrayList<>())
                    .add(s));
    List<CapacitySummary.ProductLoad> products = new ArrayList<>();
    for (List<CapacityRows.Slot> slots : byProduct.values()) {
      CapacityRows.Slot first = slots.get(0);
      List<CapacityRows.Slot> window =
          slots.stream().filter(s -> !s.weekStart().isAfter(to)).toList();
      int capacity = window.stream().mapToInt(CapacityRows.Slot::capacity).sum();
      int booked = window.stream().mapToInt(CapacityRows.Slot::booked).sum();
      int queue =
          (int)
              routes.values().stream()
                  .filter(
                      r ->
                          r.facilityId().equals(first.facilityId())
                              && r.productCode().equals(first.productCode()))
                  .count();
      products.add(
          new CapacitySummary.ProductLoad(
              first.facilityId(),
              first.productCode(),
              capacity,
              booked,
              share(booked, capacity),
              queue,
              expectedWait(slots, queue, from)));
    }
    products.sort(
        Comparator.comparing(CapacitySummary.ProductLoad::facilityId)
            .thenComparing(CapacitySummary.ProductLoad::productCode));
    return new CapacitySummary(from, to, sites, products);
  }

  /** Days until the week of the free slot unit left once every waiting case has one. */
  private static Optional<Integer> expectedWait(
      List<CapacityRows.Slot> slots, int queue, LocalDate from) {
    int ahead = queue;
    for (CapacityRows.Slot slot :
        slots.stream().sorted(Comparator.comparing(CapacityRows.Slot::weekStart)).toList()) {
      int free = Math.max(0, slot.capacity() - slot.booked());
      if (free > ahead) {
        LocalDate start = slot.weekStart().isBefore(from) ? from : slot.weekStart();
        return Optional.of((int) ChronoUnit.DAYS.between(from, start));
      }
      ahead -= free;
    }
    return Optional.empty();
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
  }

  private Site facilityFor(String facilityId, String productCode, Actor actor) {
    Site facility = network.namedSite(facilityId, "facilityId");
    if (facility.type() != SiteType.MANUFACTURING_FACILITY) {
      throw Refusal.invalidField("facilityId", facilityId + " is not a manufacturing facility")
          .withWords("refusal.site.notManufacturer", facilityId);
    }
    if (!actor.is(Role.MANUFACTURER) || !actor.worksAt(facilityId)) {
      throw Refusal.forbidden(
              "Only a manufacturer working at " + facilityId + " publishes its slots")
          .withWords("refusal.capacity.publisher", facilityId);
    }
    if (!facility.manufactures().contains(productCode)) {
      throw Refusal.invalidField("productCode", facilityId + " does not manufacture " + productCode)
          .withWords("refusal.capacity.notMade", facilityId, productCode);
    }
    return facility;
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.is(Role.ADMIN)) {
      throw Refusal.forbidden("Chairs, courier lanes and blackout days are edited by an ADMIN")
          .withWords("refusal.capacity.adminOnly");
    }
  }

  private static void requireAddressed(String field, String inAddress, String inBody) {
    if (!inBody.equals(inAddress)) {
      throw Refusal.invalidField(
              field, "must equal the " + field + " in the address (" + inAddress + ")")
          .withWords("refusal.request.addressMismatch", field, inAddress);
    }
  }

  /** Failure paths over the whole network, by path taken (no patient data). */
  @Transactional(readOnly = true)
  public Map<String, Integer> failurePaths() {
    return bookingRows.failureCounts();
  }
}
