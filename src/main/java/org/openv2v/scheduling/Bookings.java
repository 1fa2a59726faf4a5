package org.openv2v.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openv2v.alerts.AlertKind;
import org.openv2v.alerts.AlertWording;
import org.openv2v.alerts.Alerts;
import org.openv2v.alerts.NewAlert;
import org.openv2v.alerts.Severity;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.cases.domain.Journey;
import org.openv2v.cases.domain.NewEvent;
import org.openv2v.scheduling.domain.DiseaseTempo;
import org.openv2v.scheduling.domain.OptionId;
import org.openv2v.scheduling.domain.OptionSearch;
import org.openv2v.scheduling.domain.plan.Choice;
import org.openv2v.scheduling.domain.plan.JourneyDates;
import org.openv2v.scheduling.domain.plan.WaitingCase;
import org.openv2v.scheduling.internal.BookingRows;
import org.openv2v.scheduling.internal.BookingRows.Route;
import org.openv2v.scheduling.internal.CapacityPicture;
import org.openv2v.scheduling.internal.CapacityPictures;
import org.openv2v.scheduling.internal.CapacityRows;
import org.openv2v.scheduling.internal.SchedulingProperties;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking a case's journey: the feasible options, the atomic reservation of a chair and a slot, the
 * waitlist when nothing is free, and giving capacity back when plans change. The database's CHECK
 * constraints, not this class, are what make overbooking impossible.
 */
@Service
public class Bookings {

  /** A case may be booked once payer approval is recorded, and again after a failure. */
  static final Set<CaseState> BOOKABLE =
      Set.of(
          CaseState.PAYER_APPROVED, CaseState.APHERESIS_SCHEDULED, CaseState.MANUFACTURING_FAILED);

  private final Cases cases;
  private final BookingRows rows;
  private final CapacityRows capacity;
  private final CapacityPictures pictures;
  private final SchedulingProperties properties;
  private final Alerts alerts;
  private final MeterRegistry meters;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;

  Bookings(
      Cases cases,
      BookingRows rows,
      CapacityRows capacity,
      CapacityPictures pictures,
      SchedulingProperties properties,
      Alerts alerts,
      MeterRegistry meters,
      Clock clock,
      ApplicationEventPublisher publisher) {
    this.cases = cases;
    this.rows = rows;
    this.capacity = capacity;
    this.pictures = pictures;
    this.properties = properties;
    this.alerts = alerts;
    this.meters = meters;
    this.clock = clock;
    this.publisher = publisher;
  }

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
    Route route = routeOf(found);
    rows.saveRoute(route);
    CapacityPicture picture = pictures.now();
    LocalDate earliest = picture.today().plusDays(1L + request.washoutDays());
    WaitingCase waiting =
        picture.waitingCase(
            route,
            weight(request.tempo()),
            picture.today(),
            earliest,
            request.unavailableDates(),
            properties.infusionLeadDays());
    List<BookingOption> options =
        OptionSearch.options(
                waiting, picture.freeChairs(), picture.today(), properties.optionCount())
            .stream()
            .map(choice -> option(route, choice, waiting, picture))
            .toList();
    // A case that holds a booking keeps it: no option to move to is no reason to list it.
    if (!options.isEmpty() || rows.activeBooking(caseId).isPresent()) {
      return new BookingOptions(caseId, options, false, rows.waiting(caseId).map(this::entry));
    }
    Instant now = now();
    rows.saveWaiting(
        new BookingRows.Waiting(
            caseId,
            request.tempo(),
            properties.weightOf(request.tempo()),
            now,
            earliest,
            request.unavailableDates(),
            "WAITING"),
        now);
    meters.counter("openv2v.scheduling.waitlisted", "product", route.productCode()).increment();
    changed("waitlist");
    return new BookingOptions(caseId, List.of(), true, rows.waiting(caseId).map(this::entry));
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

  BookingView reserve(CaseView found, OptionId option, Actor actor) {
    Route route = routeOf(found);
    CapacityPicture picture = pictures.now();
    if (!option.apheresisSiteId().equals(route.apheresisSiteId())) {
      throw new Refusal(
              Refusal.Kind.UNPROCESSABLE,
              "The option collects at "
                  + option.apheresisSiteId()
                  + " but the case's cells are collected at "
                  + route.apheresisSiteId())
          .withWords(
              "refusal.booking.otherSite", option.apheresisSiteId(), route.apheresisSiteId());
    }
    CapacityRows.Slot slot =
        capacity
            .slot(option.slotId())
            .orElseThrow(
                () ->
                    new Refusal(
                            Refusal.Kind.UNPROCESSABLE,
                            "The option's manufacturing slot no longer exists")
                        .withWords("refusal.booking.slotGone"));
    if (!slot.productCode().equals(route.productCode())
        || !slot.facilityId().equals(route.facilityId())) {
      throw new Refusal(
              Refusal.Kind.UNPROCESSABLE,
              "The slot is for "
                  + slot.productCode()
                  + " at "
                  + slot.facilityId()
                  + "; the case needs "
                  + route.productCode()
                  + " at "
                  + route.facilityId())
          .withWords(
              "refusal.booking.otherSlot",
              slot.productCode(),
              slot.facilityId(),
              route.productCode(),
              route.facilityId());
    }
    if (!option.apheresisDate().isAfter(picture.today())) {
      throw new Refusal(
              Refusal.Kind.UNPROCESSABLE,
              "The option's collection day has passed; ask for options again")
          .withWords("refusal.booking.dayPassed");
    }
    int chairs = picture.chairsOn(route.apheresisSiteId(), option.apheresisDate());
    if (chairs == 0) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              route.apheresisSiteId()
                  + " does not collect on "
                  + option.apheresisDate()
                  + " (blackout day or closed); ask for options again")
          .withWords("refusal.booking.siteClosed", route.apheresisSiteId(), option.apheresisDate());
    }
    JourneyDates dates =
        picture
            .dates(route, option.apheresisDate(), slot, properties.infusionLeadDays())
            .orElseThrow(
                () ->
                    new Refusal(
                            Refusal.Kind.UNPROCESSABLE,
                            "No courier lane between "
                                + route.apheresisSiteId()
                                + ", "
                                + route.facilityId()
                                + " and "
                                + route.treatmentCentreId())
                        .withWords(
                            "refusal.booking.noLane",
                            route.apheresisSiteId(),
                            route.facilityId(),
                            route.treatmentCentreId()));
    LocalDate arrival = dates.arrivalAtFacility();
    if (arrival.isBefore(slot.weekStart()) || arrival.isAfter(slot.weekStart().plusDays(6))) {
      throw new Refusal(
              Refusal.Kind.UNPROCESSABLE,
              "Cells collected on "
                  + option.apheresisDate()
                  + " would reach "
                  + slot.facilityId()
                  + " on "
                  + arrival
                  + ", outside the slot's week of "
                  + slot.weekStart())
          .withWords(
              "refusal.booking.outsideWeek",
              option.apheresisDate(),
              slot.facilityId(),
              arrival,
              slot.weekStart());
    }
    rows.saveRoute(route);
    Instant now = now();
    BookingRows.Booking booking =
        new BookingRows.Booking(
            UUID.randomUUID(),
            route.caseId(),
            route.apheresisSiteId(),
            option.apheresisDate(),
            slot.id(),
            dates.release(),
            dates.arrivalAtCentre(),
            dates.earliestInfusion(),
            "ACTIVE",
            actor.username(),
            now,
            Optional.empty(),
            Optional.empty());
    try {
      rows.insertBooking(booking);
    } catch (DuplicateKeyException e) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "Case " + route.caseId() + " already has an active booking; cancel it first")
          .withWords("refusal.booking.exists", route.caseId());
    }
    try {
      capacity.reserveChair(route.apheresisSiteId(), option.apheresisDate(), chairs);
    } catch (DataIntegrityViolationException e) {
      meters.counter("openv2v.scheduling.booking.refused", "resource", "chair").increment();
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "Someone else took the last apheresis chair at "
                  + route.apheresisSiteId()
                  + " on "
                  + option.apheresisDate()
                  + "; ask for options again")
          .withWords("refusal.booking.chairTaken", route.apheresisSiteId(), option.apheresisDate());
    }
    try {
      capacity.reserveSlot(slot.id());
    } catch (DataIntegrityViolationException e) {
      meters.counter("openv2v.scheduling.booking.refused", "resource", "slot").increment();
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "Someone else took the last "
                  + slot.productCode()
                  + " slot at "
                  + slot.facilityId()
                  + " in the week of "
                  + slot.weekStart()
                  + "; ask for options again")
          .withWords(
              "refusal.booking.slotTaken", slot.productCode(), slot.facilityId(), slot.weekStart());
    }
    if (rows.waiting(route.caseId()).isPresent()) {
      rows.setWaitlistStatus(route.caseId(), "BOOKED", now);
    }
    if (rows.resolveFailure(route.caseId(), "REAPHERESIS", now)) {
      meters.counter("openv2v.scheduling.failure.paths", "path", "REAPHERESIS").increment();
    }
    recordScheduled(found, actor, now);
    meters.counter("openv2v.scheduling.bookings", "product", route.productCode()).increment();
    return view(booking, route, pictures.now());
  }

  /**
   * The journey's APHERESIS_SCHEDULED step is recorded with the booking, when the journey allows it
   * (after payer approval, or after a failure for a new collection). A rebooking of a case already
   * scheduled changes the booking only: the journey has no step for it.
   */
  private void recordScheduled(CaseView found, Actor actor, Instant now) {
    if (Journey.next(found.state(), CaseEventType.APHERESIS_SCHEDULED).isEmpty()) {
      return;
    }
    String site =
        actor.worksAt(found.treatmentCentreId())
            ? found.treatmentCentreId()
            : found.apheresisSiteId();
    if (!actor.worksAt(site)) {
      return;
    }
    cases.record(
        found.id(),
        new NewEvent(
            UUID.randomUUID(),
            CaseEventType.APHERESIS_SCHEDULED,
            now,
            site,
            // No note: the booking section shows the date, sites and slot in the reader's words;
            // a note here would be stored English with site ids and ISO dates.
            Optional.empty(),
            Optional.empty()),
        actor);
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
    release(booking, "CANCELLED", reason == null || reason.isBlank() ? "cancelled" : reason);
    changed("cancellation");
    Route route = routeOf(found);
    return view(
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
    rows.saveRoute(routeOf(found));
    Instant now = now();
    rows.saveWaiting(
        new BookingRows.Waiting(
            caseId,
            request.tempo(),
            properties.weightOf(request.tempo()),
            now,
            pictures.today().plusDays(1L + request.washoutDays()),
            request.unavailableDates(),
            "WAITING"),
        now);
    changed("waitlist");
    return rows.waiting(caseId).map(this::entry).orElseThrow();
  }

  /** The case's booking with its expected dates as of now, earlier bookings and failures. */
  @Transactional
  public CaseSchedule schedule(UUID caseId, Actor actor) {
    CaseView found = cases.find(caseId, actor);
    Route route = routeOf(found);
    CapacityPicture picture = pictures.now();
    List<BookingView> all =
        rows.bookings(caseId).stream().map(b -> view(b, route, picture)).toList();
    return new CaseSchedule(
        caseId,
        all.stream().filter(b -> b.status().equals("ACTIVE")).findFirst(),
        all.stream().filter(b -> !b.status().equals("ACTIVE")).toList(),
        rows.waiting(caseId).map(this::entry),
        rows.failures(caseId).stream().map(f -> failureView(f, route, picture)).toList());
  }

  // --- reactions to the journey and to capacity changes (package-private) ---

  /** A withdrawn case gives its capacity back in the withdrawal's own transaction. */
  void onWithdrawn(UUID caseId) {
    rows.activeBooking(caseId).ifPresent(b -> release(b, "CANCELLED", "case withdrawn"));
    rows.waiting(caseId).ifPresent(w -> rows.setWaitlistStatus(caseId, "REMOVED", now()));
    if (rows.resolveFailure(caseId, "WITHDRAWN", now())) {
      meters.counter("openv2v.scheduling.failure.paths", "path", "WITHDRAWN").increment();
    }
  }

  void onReleased(UUID caseId) {
    rows.activeBooking(caseId)
        .ifPresent(b -> rows.endBooking(b.id(), "COMPLETED", "product released", now()));
  }

  /**
   * A failed manufacture: the slot and chair were used and stay used; a new collection is proposed
   * at once, and the team is alerted. The path taken is recorded when they act.
   */
  void onManufacturingFailed(UUID caseId, UUID eventId, String reportingSite) {
    Instant now = now();
    rows.activeBooking(caseId)
        .ifPresent(b -> rows.endBooking(b.id(), "FAILED", "manufacturing failed", now));
    Optional<Route> route = rows.route(caseId);
    Optional<Choice> proposal = Optional.empty();
    CapacityPicture picture = pictures.now();
    Optional<WaitingCase> waiting =
        route.map(
            r ->
                picture.waitingCase(
                    r,
                    weight(DiseaseTempo.RAPID),
                    picture.today(),
                    picture.today().plusDays(1),
                    Set.of(),
                    properties.infusionLeadDays()));
    if (waiting.isPresent()) {
      proposal =
          OptionSearch.options(waiting.get(), picture.freeChairs(), picture.today(), 1).stream()
              .findFirst();
    }
    Optional<String> optionId =
        proposal.map(
            c ->
                new OptionId(
                        route.get().apheresisSiteId(),
                        WaitingCase.apheresisDay(c.slot(), c.offset()),
                        UUID.fromString(c.slot().id()))
                    .text());
    rows.insertFailure(
        new BookingRows.FailurePath(
            UUID.randomUUID(), caseId, eventId, now, optionId, "PENDING", Optional.empty()));
    meters.counter("openv2v.scheduling.manufacturing.failures").increment();
    String next =
        proposal
            .map(
                c ->
                    "re-apheresis proposed on "
                        + WaitingCase.apheresisDay(c.slot(), c.offset())
                        + " for the "
                        + c.slot().productCode()
                        + " slot in the week of "
                        + c.slot().weekStart())
            .orElse("no free slot for a new collection within the horizon");
    alerts.raise(
        new NewAlert(
                AlertKind.MANUFACTURING_FAILURE,
                Severity.CRITICAL,
                Optional.of(caseId),
                failureAddressees(caseId, route, reportingSite),
                "Manufacturing failed for case "
                    + caseId
                    + ": "
                    + next
                    + "; or the physician may accept the out-of-specification product.",
                "manufacturing-failed:" + eventId)
            .worded(
                proposal.isPresent()
                    ? "alert.manufacturingFailed.reapheresis"
                    : "alert.manufacturingFailed.noSlot",
                proposal
                    .map(
                        c ->
                            new String[] {
                              AlertWording.caseReference(),
                              AlertWording.date(WaitingCase.apheresisDay(c.slot(), c.offset())),
                              AlertWording.text(c.slot().productCode()),
                              AlertWording.date(c.slot().weekStart())
                            })
                    .orElse(new String[] {AlertWording.caseReference()})));
  }

  /**
   * Everyone who must act on a failure, booked or not: the treatment centre (it tells the patient
   * and decides the path), the apheresis site (it may collect again) and the manufacturer.
   */
  private Set<String> failureAddressees(UUID caseId, Optional<Route> route, String reportingSite) {
    Set<String> sites = new java.util.TreeSet<>();
    sites.add(reportingSite);
    route.ifPresent(r -> sites.addAll(r.sites()));
    cases
        .progress(caseId)
        .ifPresent(
            progress -> {
              sites.add(progress.treatmentCentreId());
              if (progress.apheresisSiteId() != null) {
                sites.add(progress.apheresisSiteId());
              }
            });
    return Set.copyOf(sites);
  }

  void onOutOfSpecAccepted(UUID caseId) {
    if (rows.resolveFailure(caseId, "OUT_OF_SPEC_ACCEPTED", now())) {
      meters
          .counter("openv2v.scheduling.failure.paths", "path", "OUT_OF_SPEC_ACCEPTED")
          .increment();
    }
  }

  /**
   * Displaces the latest bookings of a slot whose capacity the manufacturer cut: their chairs and
   * slot units are given back, the cases go back to the waitlist (keeping their place), and each
   * team is alerted.
   */
  int displace(CapacityRows.Slot slot, int excess) {
    List<BookingRows.Booking> affected =
        rows.activeBookingsOfSlot(slot.id()).stream().limit(excess).toList();
    Instant now = now();
    for (BookingRows.Booking booking : affected) {
      release(booking, "DISPLACED", "slot capacity cut by " + slot.facilityId());
      Optional<BookingRows.Waiting> earlier = rows.waiting(booking.caseId());
      DiseaseTempo tempo =
          earlier.map(BookingRows.Waiting::tempo).orElse(DiseaseTempo.INTERMEDIATE);
      rows.saveWaiting(
          new BookingRows.Waiting(
              booking.caseId(),
              tempo,
              properties.weightOf(tempo),
              earlier.map(BookingRows.Waiting::listedAt).orElse(booking.bookedAt()),
              pictures.today().plusDays(1),
              earlier.map(BookingRows.Waiting::unavailable).orElse(Set.of()),
              "WAITING"),
          now);
      Set<String> sites =
          rows.route(booking.caseId()).map(Route::sites).orElse(Set.of(slot.facilityId()));
      alerts.raise(
          new NewAlert(
                  AlertKind.SLOT_CHANGED,
                  Severity.WARNING,
                  Optional.of(booking.caseId()),
                  sites,
                  "The "
                      + slot.productCode()
                      + " slot of case "
                      + booking.caseId()
                      + " at "
                      + slot.facilityId()
                      + " (week of "
                      + slot.weekStart()
                      + ") was withdrawn by the manufacturer; the booking is released and the case"
                      + " is back on the waitlist. Ask for new options.",
                  "slot-changed:" + booking.id())
              .worded(
                  "alert.slotChanged",
                  AlertWording.text(slot.productCode()),
                  AlertWording.caseReference(),
                  AlertWording.site(slot.facilityId()),
                  AlertWording.date(slot.weekStart())));
      meters.counter("openv2v.scheduling.bookings.displaced").increment();
    }
    return affected.size();
  }

  /** After a lane or manufacturing time changes: alert the teams whose dates slipped. */
  int alertSlips() {
    CapacityPicture picture = pictures.now();
    int slipped = 0;
    for (BookingRows.Booking booking : rows.activeBookings()) {
      Optional<Route> route = rows.route(booking.caseId());
      if (route.isEmpty()) {
        continue;
      }
      BookingView view = view(booking, route.get(), picture);
      if (view.slipDays() > 0) {
        slipped++;
        alerts.raise(
            new NewAlert(
                    AlertKind.EXPECTED_DATE_SLIPPED,
                    Severity.WARNING,
                    Optional.of(booking.caseId()),
                    route.get().sites(),
                    "Case "
                        + booking.caseId()
                        + ": earliest infusion now "
                        + view.earliestInfusionDate()
                        + ", "
                        + view.slipDays()
                        + " days later than promised ("
                        + view.promisedInfusionDate()
                        + ")",
                    "slipped:" + booking.id() + ":" + view.earliestInfusionDate())
                .worded(
                    "alert.dateSlipped",
                    AlertWording.caseReference(),
                    AlertWording.date(view.earliestInfusionDate()),
                    AlertWording.number(view.slipDays()),
                    AlertWording.date(view.promisedInfusionDate())));
      }
    }
    return slipped;
  }

  // --- helpers ---

  private void release(BookingRows.Booking booking, String status, String reason) {
    capacity.releaseChair(booking.apheresisSiteId(), booking.apheresisDate());
    capacity.releaseSlot(booking.slotId());
    rows.endBooking(booking.id(), status, reason, now());
    meters.counter("openv2v.scheduling.bookings.released", "status", status).increment();
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

  static Route routeOf(CaseView found) {
    return new Route(
        found.id(),
        found.productCode(),
        found.treatmentCentreId(),
        found.apheresisSiteId(),
        found.manufacturingSiteId());
  }

  int weight(DiseaseTempo tempo) {
    return (int) Math.round(properties.weightOf(tempo) * 100);
  }

  BookingOption option(Route route, Choice choice, WaitingCase waiting, CapacityPicture picture) {
    JourneyDates dates = waiting.datesFor(choice.slot(), choice.offset());
    CapacityRows.Slot slot = picture.slot(UUID.fromString(choice.slot().id())).orElseThrow();
    return new BookingOption(
        new OptionId(route.apheresisSiteId(), dates.apheresis(), slot.id()).text(),
        route.apheresisSiteId(),
        dates.apheresis(),
        picture.view(slot),
        dates.arrivalAtFacility(),
        dates.release(),
        dates.arrivalAtCentre(),
        dates.earliestInfusion());
  }

  BookingView view(BookingRows.Booking booking, Route route, CapacityPicture picture) {
    CapacityRows.Slot slot = capacity.slot(booking.slotId()).orElseThrow();
    Optional<JourneyDates> expected =
        picture.dates(route, booking.apheresisDate(), slot, properties.infusionLeadDays());
    LocalDate release = expected.map(JourneyDates::release).orElse(booking.promisedRelease());
    LocalDate arrival =
        expected.map(JourneyDates::arrivalAtCentre).orElse(booking.promisedArrival());
    LocalDate infusion =
        expected.map(JourneyDates::earliestInfusion).orElse(booking.promisedInfusion());
    int slip = (int) Math.max(0, ChronoUnit.DAYS.between(booking.promisedInfusion(), infusion));
    return new BookingView(
        booking.id(),
        booking.caseId(),
        booking.status(),
        booking.apheresisSiteId(),
        booking.apheresisDate(),
        picture.view(slot),
        booking.promisedRelease(),
        booking.promisedArrival(),
        booking.promisedInfusion(),
        release,
        arrival,
        infusion,
        slip,
        booking.bookedBy(),
        booking.bookedAt(),
        booking.endedAt(),
        booking.endReason());
  }

  private FailurePathView failureView(
      BookingRows.FailurePath failure, Route route, CapacityPicture picture) {
    Optional<BookingOption> proposed =
        failure
            .proposedOption()
            .flatMap(OptionId::parse)
            .flatMap(
                id ->
                    capacity
                        .slot(id.slotId())
                        .flatMap(
                            slot ->
                                picture
                                    .dates(
                                        route,
                                        id.apheresisDate(),
                                        slot,
                                        properties.infusionLeadDays())
                                    .map(
                                        d ->
                                            new BookingOption(
                                                id.text(),
                                                id.apheresisSiteId(),
                                                d.apheresis(),
                                                picture.view(slot),
                                                d.arrivalAtFacility(),
                                                d.release(),
                                                d.arrivalAtCentre(),
                                                d.earliestInfusion()))));
    return new FailurePathView(
        failure.id(),
        failure.caseId(),
        failure.failedAt(),
        failure.path(),
        proposed,
        failure.resolvedAt());
  }

  WaitlistEntry entry(BookingRows.Waiting waiting) {
    Optional<Route> route = rows.route(waiting.caseId());
    return new WaitlistEntry(
        waiting.caseId(),
        route.map(Route::productCode).orElse(""),
        route.map(Route::apheresisSiteId).orElse(""),
        waiting.tempo(),
        waiting.priority(),
        waiting.listedAt(),
        waiting.earliestApheresis(),
        waiting.status());
  }

  static void requireRole(Actor actor, String what, Role... roles) {
    if (!actor.is(roles)) {
      throw Refusal.forbidden("A " + actor.role() + " cannot " + what)
          .withWords("refusal.booking.role", actor.role(), what);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
