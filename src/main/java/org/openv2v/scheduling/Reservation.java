package org.openv2v.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.Journey;
import org.openv2v.cases.domain.NewEvent;
import org.openv2v.scheduling.domain.BookingCheck;
import org.openv2v.scheduling.domain.BookingFacts;
import org.openv2v.scheduling.domain.BookingProblem;
import org.openv2v.scheduling.domain.OptionId;
import org.openv2v.scheduling.domain.plan.JourneyDates;
import org.openv2v.scheduling.internal.BookingRows;
import org.openv2v.scheduling.internal.BookingRows.Route;
import org.openv2v.scheduling.internal.CapacityPicture;
import org.openv2v.scheduling.internal.CapacityPictures;
import org.openv2v.scheduling.internal.CapacityRows;
import org.openv2v.scheduling.internal.SchedulingProperties;
import org.openv2v.security.Actor;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Reserving an option's chair and slot, for a coordinator's booking and for an accepted plan alike:
 * the option is checked against capacity as it stands ({@link BookingCheck}), then the booking row,
 * the chair and the slot are written in the caller's transaction, where the database's constraints
 * refuse the one that came second.
 */
@Component
@RequiredArgsConstructor
class Reservation {

  private final Cases cases;
  private final BookingRows rows;
  private final CapacityRows capacity;
  private final CapacityPictures pictures;
  private final SchedulingProperties properties;
  private final BookingViews views;
  private final MeterRegistry meters;
  private final Clock clock;

  BookingView reserve(CaseView found, OptionId option, Actor actor) {
    Route route = BookingViews.routeOf(found);
    CapacityPicture picture = pictures.now();
    Optional<CapacityRows.Slot> slot = capacity.slot(option.slotId());
    int chairs = picture.chairsOn(route.apheresisSiteId(), option.apheresisDate());
    Optional<JourneyDates> dates =
        slot.flatMap(
            s -> picture.dates(route, option.apheresisDate(), s, properties.infusionLeadDays()));
    BookingFacts facts =
        new BookingFacts(
            route.apheresisSiteId(),
            route.productCode(),
            route.facilityId(),
            route.treatmentCentreId(),
            option,
            picture.today(),
            chairs,
            slot.map(
                s -> new BookingFacts.OfferedSlot(s.productCode(), s.facilityId(), s.weekStart())),
            dates.map(JourneyDates::arrivalAtFacility));
    List<BookingProblem> problems = BookingCheck.check(facts);
    if (!problems.isEmpty()) {
      throw BookingRefusals.of(problems.get(0), facts);
    }
    rows.saveRoute(route);
    Instant now = StoredTime.now(clock);
    BookingRows.Booking booking =
        new BookingRows.Booking(
            UUID.randomUUID(),
            route.caseId(),
            route.apheresisSiteId(),
            option.apheresisDate(),
            slot.get().id(),
            dates.get().release(),
            dates.get().arrivalAtCentre(),
            dates.get().earliestInfusion(),
            "ACTIVE",
            actor.username(),
            now,
            Optional.empty(),
            Optional.empty());
    take(booking, route, slot.get(), chairs);
    if (rows.waiting(route.caseId()).isPresent()) {
      rows.setWaitlistStatus(route.caseId(), "BOOKED", now);
    }
    if (rows.resolveFailure(route.caseId(), "REAPHERESIS", now)) {
      meters.counter("openv2v.scheduling.failure.paths", "path", "REAPHERESIS").increment();
    }
    recordScheduled(found, actor, now);
    meters.counter("openv2v.scheduling.bookings", "product", route.productCode()).increment();
    return views.view(booking, route, pictures.now());
  }

  /** Writes the booking, then takes the chair and the slot; the constraints refuse overbooking. */
  private void take(BookingRows.Booking booking, Route route, CapacityRows.Slot slot, int chairs) {
    try {
      rows.insertBooking(booking);
    } catch (DuplicateKeyException e) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "Case " + route.caseId() + " already has an active booking; cancel it first")
          .withWords("refusal.booking.exists", route.caseId());
    }
    try {
      capacity.reserveChair(route.apheresisSiteId(), booking.apheresisDate(), chairs);
    } catch (DataIntegrityViolationException e) {
      meters.counter("openv2v.scheduling.booking.refused", "resource", "chair").increment();
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "Someone else took the last apheresis chair at "
                  + route.apheresisSiteId()
                  + " on "
                  + booking.apheresisDate()
                  + "; ask for options again")
          .withWords(
              "refusal.booking.chairTaken", route.apheresisSiteId(), booking.apheresisDate());
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
}
