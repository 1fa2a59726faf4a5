package org.openv2v.scheduling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.scheduling.domain.DiseaseTempo;
import org.openv2v.scheduling.domain.OptionId;
import org.openv2v.scheduling.domain.plan.Choice;
import org.openv2v.scheduling.domain.plan.JourneyDates;
import org.openv2v.scheduling.domain.plan.WaitingCase;
import org.openv2v.scheduling.internal.BookingRows;
import org.openv2v.scheduling.internal.BookingRows.Route;
import org.openv2v.scheduling.internal.CapacityPicture;
import org.openv2v.scheduling.internal.CapacityRows;
import org.openv2v.scheduling.internal.SchedulingProperties;
import org.springframework.stereotype.Component;

/**
 * Bookings, options, failures and waitlist entries as the pages and the API show them: each with
 * its dates expected as capacity stands now next to the dates promised when it was booked.
 */
@Component
@RequiredArgsConstructor
class BookingViews {

  private final BookingRows rows;
  private final CapacityRows capacity;
  private final SchedulingProperties properties;

  static Route routeOf(CaseView found) {
    return new Route(
        found.id(),
        found.productCode(),
        found.treatmentCentreId(),
        found.apheresisSiteId(),
        found.manufacturingSiteId());
  }

  /** The tempo's priority weight in hundredths, as the option search ranks cases. */
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

  FailurePathView failureView(
      BookingRows.FailurePath failure, Route route, CapacityPicture picture) {
    Optional<BookingOption> proposed =
        failure
            .proposedOption()
            .flatMap(OptionId::parse)
            .flatMap(id -> proposedOption(id, route, picture));
    return new FailurePathView(
        failure.id(),
        failure.caseId(),
        failure.failedAt(),
        failure.path(),
        proposed,
        failure.resolvedAt());
  }

  private Optional<BookingOption> proposedOption(
      OptionId id, Route route, CapacityPicture picture) {
    return capacity
        .slot(id.slotId())
        .flatMap(
            slot ->
                picture
                    .dates(route, id.apheresisDate(), slot, properties.infusionLeadDays())
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
                                d.earliestInfusion())));
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
}
