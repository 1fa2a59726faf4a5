package org.openv2v.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.openv2v.alerts.AlertKind;
import org.openv2v.alerts.AlertWording;
import org.openv2v.alerts.Alerts;
import org.openv2v.alerts.NewAlert;
import org.openv2v.alerts.Severity;
import org.openv2v.scheduling.domain.DiseaseTempo;
import org.openv2v.scheduling.internal.BookingRows;
import org.openv2v.scheduling.internal.BookingRows.Route;
import org.openv2v.scheduling.internal.CapacityPicture;
import org.openv2v.scheduling.internal.CapacityPictures;
import org.openv2v.scheduling.internal.CapacityRows;
import org.openv2v.scheduling.internal.SchedulingProperties;
import org.openv2v.shared.StoredTime;
import org.springframework.stereotype.Component;

/**
 * What bookings feel when capacity changes under them: a slot cut by its manufacturer displaces its
 * latest bookings, and a slower lane or manufacturing time moves expected dates, both alerted.
 */
@Component
@RequiredArgsConstructor
class SlotChanges {

  private final BookingRows rows;
  private final CapacityPictures pictures;
  private final SchedulingProperties properties;
  private final BookingViews views;
  private final Releases releases;
  private final Alerts alerts;
  private final MeterRegistry meters;
  private final Clock clock;

  /**
   * Displaces the latest bookings of a slot whose capacity the manufacturer cut: their chairs and
   * slot units are given back, the cases go back to the waitlist (keeping their place), and each
   * team is alerted.
   */
  int displace(CapacityRows.Slot slot, int excess) {
    List<BookingRows.Booking> affected =
        rows.activeBookingsOfSlot(slot.id()).stream().limit(excess).toList();
    Instant now = StoredTime.now(clock);
    for (BookingRows.Booking booking : affected) {
      releases.release(booking, "DISPLACED", "slot capacity cut by " + slot.facilityId());
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
      alerts.raise(displaced(slot, booking, sites));
      meters.counter("openv2v.scheduling.bookings.displaced").increment();
    }
    return affected.size();
  }

  private static NewAlert displaced(
      CapacityRows.Slot slot, BookingRows.Booking booking, Set<String> sites) {
    return new NewAlert(
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
            AlertWording.date(slot.weekStart()));
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
      BookingView view = views.view(booking, route.get(), picture);
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
}
