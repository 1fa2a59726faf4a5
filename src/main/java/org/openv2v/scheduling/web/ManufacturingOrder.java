package org.openv2v.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.scheduling.BookingView;

/**
 * One patient's order as a manufacturer sees it: the chain-of-identity number, the case reference
 * and dates, never the patient's identity (the row is built from a {@link CaseView} that the cases
 * module already redacted for the manufacturer). {@code nextEventId} makes a double-submitted form
 * record its event once.
 */
record ManufacturingOrder(
    UUID caseId,
    String din,
    String reference,
    String productCode,
    String productName,
    String facilityId,
    String centreName,
    String state,
    LocalDate since,
    Optional<LocalDate> collectedOn,
    Optional<LocalDate> slotWeek,
    Optional<LocalDate> expectedRelease,
    boolean mayStart,
    boolean mayFinish,
    UUID nextEventId) {

  static ManufacturingOrder of(
      CaseView view,
      String productName,
      String centreName,
      Optional<BookingView> booking,
      ZoneId zone) {
    return new ManufacturingOrder(
        view.id(),
        view.din(),
        view.reference(),
        view.productCode(),
        productName,
        view.manufacturingSiteId(),
        centreName,
        view.state().name(),
        day(view.lastEventAt(), zone),
        view.milestones().apheresisAt().map(at -> day(at, zone)),
        booking.map(b -> b.manufacturingSlot().weekStart()),
        booking.map(BookingView::expectedReleaseDate),
        view.allowedEvents().contains(CaseEventType.MANUFACTURING_STARTED),
        view.allowedEvents().contains(CaseEventType.PRODUCT_RELEASED),
        UUID.randomUUID());
  }

  /** The DIN in its eye-readable groups (ISBT 128: facility, year, sequence). */
  public String dinGrouped() {
    if (din == null || din.length() != 13) {
      return din;
    }
    return din.substring(0, 5) + " " + din.substring(5, 7) + " " + din.substring(7);
  }

  private static LocalDate day(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate();
  }
}
