package org.openv2v.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.scheduling.domain.OptionId;
import org.openv2v.scheduling.domain.OptionSearch;
import org.openv2v.scheduling.domain.plan.WaitingCase;
import org.openv2v.scheduling.internal.BookingRows;
import org.openv2v.scheduling.internal.BookingRows.Route;
import org.openv2v.scheduling.internal.CapacityPicture;
import org.openv2v.scheduling.internal.CapacityPictures;
import org.openv2v.scheduling.internal.SchedulingProperties;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking a case's journey: the feasible options, the atomic reservation of a chair and a slot, the
 * waitlist when nothing is free, and giving capacity back when plans change. The database's CHECK
 * constraints, not this class, are what make overbooking impossible.
 */
@Service
@RequiredArgsConstructor
public class Bookings {

  /** A case may be booked once payer approval is recorded, and again after a failure. */
  static final Set<CaseState> BOOKABLE =
      Set.of(
          CaseState.PAYER_APPROVED, CaseState.APHERESIS_SCHEDULED, CaseState.MANUFACTURING_FAILED);

  private final Cases cases;
  private final BookingRows rows;
  private final CapacityPictures pictures;
  private final SchedulingProperties properties;
  private final BookingViews views;
  private final Reservation reservation;
  private final Releases releases;
  private final MeterRegistry meters;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;

  /** The queue as it stands: active bookings and waiting cases (no identity, no access check). */
  @Transactional(readOnly = true)
  public ScheduleQueue queue() {
    return new ScheduleQueue(
        rows.activeBookings().stream()
            .map(b -> new ScheduleQueue.Booked(b.caseId(), b.apheresisDate(), b.slotId()))
            .toList(),
        rows.waitingCases().stream()
            .map(
                w ->
                    new ScheduleQueue.Waiting(
                        w.caseId(), w.priority(), w.listedAt(), w.earliestApheresis()))
            .toList());
  }

  /** Tells models of the queue that it changed (inside the changing transaction). */
  void changed(String what) {
    publisher.publishEvent(new ScheduleChanged(what));
  }

  /** Whether a case in this state may ask for options and book (for the pages). */
  public static boolean bookable(CaseState state) {
    return BOOKABLE.contains(state);
  }

  /** The feasible options now; with none, the case joins the waitlist with its priority. */
  @Transactional
  public BookingOptions options(UUID caseId, OptionsRequest request, Actor actor) {
    requireRole(actor, "ask for booking options", Role.COORDINATOR, Role.PHYSICIAN);
    CaseView found = bookableCase(caseId, actor);
    Route route = BookingViews.routeOf(found);
    rows.saveRoute(route);
    CapacityPicture picture = pictures.now();
    LocalDate earliest = picture.today().plusDays(1L + request.washoutDays());
    WaitingCase waiting =
        picture.waitingCase(
            route,
            views.weight(request.tempo()),
            picture.today(),
            earliest,
            request.unavailableDates(),
            properties.infusionLeadDays());
    List<BookingOption> options =
        OptionSearch.options(
                waiting, picture.freeChairs(), picture.today(), properties.optionCount())
            .stream()
            .map(choice -> views.option(route, choice, waiting, picture))
            .toList();
    // A case that holds a booking keeps it: no option to move to is no reason to list it.
    if (!options.isEmpty() || rows.activeBooking(caseId).isPresent()) {
      return new BookingOptions(caseId, options, false, rows.waiting(caseId).map(views::entry));
    }
    waitlist(caseId, request, earliest);
    meters.counter("openv2v.scheduling.waitlisted", "product", route.productCode()).increment();
    changed("waitlist");
    return new BookingOptions(caseId, List.of(), true, rows.waiting(caseId).map(views::entry));
  }

  /** Books an option: chair and slot are reserved in one transaction, or neither is. */
  @Transactional
  public BookingView book(UUID caseId, String optionId, Actor actor) {
    requireRole(actor, "book", Role.COORDINATOR);
    CaseView found = bookableCase(caseId, actor);
    OptionId option =
        OptionId.parse(optionId)
            .orElseThrow(
                () ->
                    Refusal.invalidField(
                            "optionId", "is not an option id; ask for booking options first")
                        .withWords("refusal.booking.optionUnknown"));
    BookingView booked = reserve(found, option, actor);
    changed("booking");
    return booked;
  }

  /** Reserves an option for a case already found bookable (also for an accepted plan). */
  BookingView reserve(CaseView found, OptionId option, Actor actor) {
    return reservation.reserve(found, option, actor);
  }

  /** Cancels the case's booking and gives its chair and slot back at once. */
  @Transactional
  public BookingView cancel(UUID caseId, String reason, Actor actor) {
    requireRole(actor, "cancel bookings", Role.COORDINATOR);
    CaseView found = cases.find(caseId, actor);
    BookingRows.Booking booking =
        rows.activeBooking(caseId)
            .orElseThrow(
                () ->
                    Refusal.notFound("Case " + caseId + " has no active booking")
                        .withWords("refusal.booking.none", caseId));
    releases.release(
        booking, "CANCELLED", reason == null || reason.isBlank() ? "cancelled" : reason);
    changed("cancellation");
    Route route = BookingViews.routeOf(found);
    return views.view(
        rows.bookings(caseId).stream()
            .filter(b -> b.id().equals(booking.id()))
            .findFirst()
            .orElseThrow(),
        route,
        pictures.now());
  }

  /** Puts the case on the waitlist (or updates its priority there) without asking for options. */
  @Transactional
  public WaitlistEntry joinWaitlist(UUID caseId, OptionsRequest request, Actor actor) {
    requireRole(actor, "put cases on the waitlist", Role.COORDINATOR, Role.PHYSICIAN);
    CaseView found = bookableCase(caseId, actor);
    rows.saveRoute(BookingViews.routeOf(found));
    waitlist(caseId, request, pictures.today().plusDays(1L + request.washoutDays()));
    changed("waitlist");
    return rows.waiting(caseId).map(views::entry).orElseThrow();
  }

  /** The case's booking with its expected dates as of now, earlier bookings and failures. */
  @Transactional
  public CaseSchedule schedule(UUID caseId, Actor actor) {
    return schedule(caseId, actor, pictures.now());
  }

  /**
   * The schedules of several cases, as {@link #schedule} answers each, read against one picture of
   * capacity: a home lists dozens of cases, and a picture costs six queries and the slots of weeks.
   */
  @Transactional
  public Map<UUID, CaseSchedule> schedules(List<UUID> caseIds, Actor actor) {
    CapacityPicture picture = pictures.now();
    Map<UUID, CaseSchedule> schedules = new LinkedHashMap<>();
    for (UUID caseId : caseIds) {
      schedules.put(caseId, schedule(caseId, actor, picture));
    }
    return schedules;
  }

  private CaseSchedule schedule(UUID caseId, Actor actor, CapacityPicture picture) {
    CaseView found = cases.find(caseId, actor);
    Route route = BookingViews.routeOf(found);
    List<BookingView> all =
        rows.bookings(caseId).stream().map(b -> views.view(b, route, picture)).toList();
    return new CaseSchedule(
        caseId,
        all.stream().filter(b -> b.status().equals("ACTIVE")).findFirst(),
        all.stream().filter(b -> !b.status().equals("ACTIVE")).toList(),
        rows.waiting(caseId).map(views::entry),
        rows.failures(caseId).stream().map(f -> views.failureView(f, route, picture)).toList());
  }

  // --- helpers ---

  /** Lists the case as waiting now, weighted by its tempo, from its earliest apheresis on. */
  private void waitlist(UUID caseId, OptionsRequest request, LocalDate earliestApheresis) {
    Instant now = now();
    rows.saveWaiting(
        new BookingRows.Waiting(
            caseId,
            request.tempo(),
            properties.weightOf(request.tempo()),
            now,
            earliestApheresis,
            request.unavailableDates(),
            "WAITING"),
        now);
  }

  CaseView bookableCase(UUID caseId, Actor actor) {
    CaseView found = cases.find(caseId, actor);
    if (!BOOKABLE.contains(found.state())) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "Case "
                  + caseId
                  + " is "
                  + found.state()
                  + "; booking needs payer approval (PAYER_APPROVED), an existing schedule, or a"
                  + " failed manufacture")
          .withWords("refusal.booking.notNow", caseId, found.state());
    }
    return found;
  }

  static void requireRole(Actor actor, String what, Role... roles) {
    if (!actor.is(roles)) {
      throw Refusal.forbidden("A " + actor.role() + " cannot " + what)
          .withWords("refusal.booking.role", actor.role(), what);
    }
  }

  private Instant now() {
    return StoredTime.now(clock);
  }
}
