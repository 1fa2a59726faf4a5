package org.openv2v.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.safety.TocilizumabStock;
import org.openv2v.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tocilizumab in the treatment centres' pharmacies: received, reserved for a case, released. */
@RestController
@RequestMapping("/api/v1/pharmacy")
@Tag(name = "Pharmacy", description = "Tocilizumab stock and reservations per treatment centre")
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','AUDITOR')")
@RequiredArgsConstructor
class PharmacyApi {

  private final TocilizumabStock stock;
  private final CurrentActor actor;
  private final RequestChecks checks;

  record ReceiptRequest(
      @NotNull Integer doses, @NotBlank @Size(max = 64) String lot, LocalDate expiresOn) {}

  @PostMapping("/sites/{siteId}/tocilizumab/receipts")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE')")
  @Operation(summary = "Receive tocilizumab doses into the site's pharmacy stock")
  TocilizumabStock.SiteStock receive(
      @PathVariable String siteId, @RequestBody ReceiptRequest body) {
    ReceiptRequest in = checks.valid(body);
    return stock.receive(
        siteId, in.doses(), in.lot(), Optional.ofNullable(in.expiresOn()), actor.get());
  }

  @GetMapping("/sites/{siteId}/tocilizumab")
  @Operation(summary = "The site's tocilizumab: received, reserved, available, reservations")
  TocilizumabStock.SiteStock stock(@PathVariable String siteId) {
    return stock.stock(siteId, actor.get());
  }

  record ReservationRequest(@NotNull UUID caseId, @NotNull Integer doses) {}

  @PostMapping("/tocilizumab/reservations")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE')")
  @Operation(
      summary =
          "Reserve doses for a case at its treatment centre; 409 if the centre does not hold"
              + " enough free doses")
  TocilizumabStock.Reservation reserve(@RequestBody ReservationRequest body) {
    ReservationRequest in = checks.valid(body);
    return stock.reserve(in.caseId(), in.doses(), actor.get());
  }

  @PostMapping("/tocilizumab/reservations/{reservationId}/release")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE')")
  @Operation(summary = "Release a reservation back to the site's free stock")
  TocilizumabStock.Reservation release(@PathVariable UUID reservationId) {
    return stock.release(reservationId, actor.get());
  }

  @GetMapping("/cases/{caseId}/tocilizumab")
  @Operation(summary = "The case's tocilizumab reservations, active and released")
  List<TocilizumabStock.Reservation> ofCase(@PathVariable UUID caseId) {
    return stock.ofCase(caseId, actor.get());
  }
}
