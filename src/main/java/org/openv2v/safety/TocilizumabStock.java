package org.openv2v.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.network.Network;
import org.openv2v.safety.internal.StockRows;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each treatment centre's tocilizumab: doses received into the pharmacy, reserved for a patient
 * before infusion and released when no longer needed. A site never reserves more than it holds.
 */
@Service
@RequiredArgsConstructor
public class TocilizumabStock {

  private final StockRows rows;
  private final CaseAccess access;
  private final Network network;
  private final Clock clock;
  private final ZoneId zone;

  /** A site's stock: received, reserved for patients and free. */
  public record SiteStock(
      String siteId, int received, int reserved, int available, List<Reservation> reservations) {}

  /** A reservation for one case. */
  public record Reservation(
      UUID id,
      UUID caseId,
      String siteId,
      int doses,
      Instant reservedAt,
      String reservedBy,
      Optional<Instant> releasedAt,
      Optional<String> releasedBy) {}

  @Transactional
  public SiteStock receive(
      String siteId, int doses, String lot, Optional<LocalDate> expiresOn, Actor actor) {
    requirePharmacyStaff(actor, siteId);
    if (doses < 1 || doses > 1000) {
      throw Refusal.invalidField("doses", "must be between 1 and 1000, was " + doses)
          .withWords("refusal.stock.receive", doses);
    }
    expiresOn.ifPresent(
        date -> {
          if (date.isBefore(LocalDate.now(clock.withZone(zone)))) {
            throw Refusal.invalidField("expiresOn", "the lot expired on " + date)
                .withWords("refusal.stock.expired", date);
          }
        });
    rows.lockSite(siteId);
    rows.receive(UUID.randomUUID(), siteId, doses, lot, expiresOn, now(), actor.username());
    return stockOf(siteId);
  }

  @Transactional
  public SiteStock stock(String siteId, Actor actor) {
    requireSite(siteId);
    if (!actor.is(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE, Role.AUDITOR)
        || !actor.worksAt(siteId)) {
      throw Refusal.forbidden("You do not see the pharmacy stock of " + siteId)
          .withWords("refusal.stock.site", siteId);
    }
    return stockOf(siteId);
  }

  /** Reserves doses at the case's treatment centre; 409 when the centre does not hold enough. */
  @Transactional
  public Reservation reserve(UUID caseId, int doses, Actor actor) {
    CaseView found = access.write(caseId, actor, Role.PHYSICIAN, Role.NURSE, Role.COORDINATOR);
    if (doses < 1 || doses > 4) {
      // Kymriah US PI: at most 4 tocilizumab doses in total.
      throw Refusal.invalidField("doses", "must be between 1 and 4, was " + doses)
          .withWords("refusal.stock.reserve", doses);
    }
    String site = found.treatmentCentreId();
    rows.lockSite(site);
    int available = rows.received(site) - rows.reserved(site);
    if (available < doses) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              site
                  + " has "
                  + available
                  + " free tocilizumab doses; "
                  + doses
                  + " asked: receive stock first")
          .withWords("refusal.stock.short", site, available, doses);
    }
    Reservation row =
        new Reservation(
            UUID.randomUUID(),
            caseId,
            site,
            doses,
            now(),
            actor.username(),
            Optional.empty(),
            Optional.empty());
    rows.reserve(row);
    return row;
  }

  @Transactional
  public Reservation release(UUID reservationId, Actor actor) {
    Reservation row =
        rows.reservation(reservationId)
            .orElseThrow(
                () ->
                    Refusal.notFound("No reservation " + reservationId)
                        .withWords("refusal.stock.noReservation", reservationId));
    access.write(row.caseId(), actor, Role.PHYSICIAN, Role.NURSE, Role.COORDINATOR);
    rows.lockSite(row.siteId());
    if (!rows.release(reservationId, now(), actor.username())) {
      throw new Refusal(
              Refusal.Kind.CONFLICT, "Reservation " + reservationId + " was already released")
          .withWords("refusal.stock.released", reservationId);
    }
    return rows.reservation(reservationId).orElseThrow();
  }

  @Transactional
  public List<Reservation> ofCase(UUID caseId, Actor actor) {
    access.read(caseId, actor);
    return rows.ofCase(caseId);
  }

  /** Active doses reserved for the case: what the gate counts. */
  int reservedFor(UUID caseId) {
    return rows.ofCase(caseId).stream()
        .filter(reservation -> reservation.releasedAt().isEmpty())
        .mapToInt(Reservation::doses)
        .sum();
  }

  private SiteStock stockOf(String siteId) {
    int received = rows.received(siteId);
    int reserved = rows.reserved(siteId);
    return new SiteStock(siteId, received, reserved, received - reserved, rows.activeAt(siteId));
  }

  private void requirePharmacyStaff(Actor actor, String siteId) {
    if (!actor.is(Role.PHYSICIAN, Role.NURSE, Role.COORDINATOR)) {
      throw Refusal.forbidden(
              "Pharmacy stock is received by clinical staff, not by a " + actor.role())
          .withWords("refusal.stock.role", actor.role());
    }
    requireSite(siteId);
    if (!actor.worksAt(siteId)) {
      throw Refusal.forbidden("You do not work at " + siteId)
          .withWords("refusal.site.notYours", siteId);
    }
  }

  private void requireSite(String siteId) {
    if (network.site(siteId).isEmpty()) {
      throw Refusal.notFound("No site " + siteId).withWords("refusal.site.notFound", siteId);
    }
  }

  private Instant now() {
    return StoredTime.now(clock);
  }
}
