package org.openv2v.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.scheduling.internal.BookingRows;
import org.openv2v.scheduling.internal.CapacityRows;
import org.openv2v.shared.StoredTime;
import org.springframework.stereotype.Component;

/**
 * Giving capacity back: a cancelled, withdrawn or displaced booking returns its chair and slot at
 * once; a released product ends its booking as completed (the capacity was used).
 */
@Component
@RequiredArgsConstructor
class Releases {

  private final BookingRows rows;
  private final CapacityRows capacity;
  private final MeterRegistry meters;
  private final Clock clock;

  void release(BookingRows.Booking booking, String status, String reason) {
    capacity.releaseChair(booking.apheresisSiteId(), booking.apheresisDate());
    capacity.releaseSlot(booking.slotId());
    rows.endBooking(booking.id(), status, reason, now());
    meters.counter("openv2v.scheduling.bookings.released", "status", status).increment();
  }

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

  private Instant now() {
    return StoredTime.now(clock);
  }
}
