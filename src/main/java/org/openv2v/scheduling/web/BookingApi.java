package org.openv2v.scheduling.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.database.ConflictRetry;
import org.openv2v.scheduling.BookRequest;
import org.openv2v.scheduling.BookingOptions;
import org.openv2v.scheduling.BookingView;
import org.openv2v.scheduling.Bookings;
import org.openv2v.scheduling.CaseSchedule;
import org.openv2v.scheduling.OptionsRequest;
import org.openv2v.scheduling.WaitlistEntry;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.openv2v.web.IdempotentAnswer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Booking a case's apheresis and manufacturing slot, the waitlist, and the case's schedule. */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "Booking", description = "Options, atomic bookings, waitlist and expected dates")
@RequiredArgsConstructor
class BookingApi {

  private final Bookings bookings;
  private final CurrentActor actor;
  private final ConflictRetry retry;

  @PostMapping("/booking-options")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN')")
  @Operation(
      summary =
          "Feasible booking options for a case with payer approval (COORDINATOR, PHYSICIAN):"
              + " apheresis date, manufacturing slot, expected release, arrival and earliest"
              + " infusion. With none, the case joins the waitlist with its priority.")
  BookingOptions options(
      @PathVariable UUID id, @Valid @RequestBody(required = false) OptionsRequest request) {
    return bookings.options(id, request == null ? OptionsRequest.none() : request, actor.get());
  }

  @PostMapping("/bookings")
  @PreAuthorize("hasRole('COORDINATOR')")
  @Operation(
      summary =
          "Book an option (COORDINATOR): chair and slot are reserved atomically. 201 (the same"
              + " option sent again answers its booking, Idempotent-Replayed: true), or 409"
              + " when someone else took that capacity first.")
  ResponseEntity<BookingView> book(@PathVariable UUID id, @Valid @RequestBody BookRequest request) {
    URI schedule = URI.create("/api/v1/cases/" + id + "/schedule");
    try {
      BookingView booked = retry.run(() -> bookings.book(id, request.optionId(), actor.get()));
      return IdempotentAnswer.created(schedule, false, booked);
    } catch (Refusal refusal) {
      // The case and its option are the idempotency key: a client that sends a booking again
      // because the first answer was lost gets that booking back, not a conflict.
      return bookings
          .schedule(id, actor.get())
          .booking()
          .filter(b -> b.isFor(request.optionId()))
          .map(same -> IdempotentAnswer.created(schedule, true, same))
          .orElseThrow(() -> refusal);
    }
  }

  @DeleteMapping("/booking")
  @PreAuthorize("hasRole('COORDINATOR')")
  @Operation(summary = "Cancel the case's booking (COORDINATOR); capacity is released at once.")
  BookingView cancel(@PathVariable UUID id, @RequestParam(required = false) String reason) {
    return bookings.cancel(id, reason, actor.get());
  }

  @PostMapping("/waitlist")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN')")
  @Operation(summary = "Put the case on the waitlist, or update its priority there.")
  WaitlistEntry waitlist(
      @PathVariable UUID id, @Valid @RequestBody(required = false) OptionsRequest request) {
    return bookings.joinWaitlist(
        id, request == null ? OptionsRequest.none() : request, actor.get());
  }

  @GetMapping("/schedule")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER','AUDITOR')")
  @Operation(
      summary =
          "The case's booking with promised and currently expected dates (slips shown),"
              + " earlier bookings, waitlist entry and failure paths.")
  CaseSchedule schedule(@PathVariable UUID id) {
    return bookings.schedule(id, actor.get());
  }
}
