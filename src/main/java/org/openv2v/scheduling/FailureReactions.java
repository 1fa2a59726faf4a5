package org.openv2v.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.alerts.AlertKind;
import org.openv2v.alerts.AlertWording;
import org.openv2v.alerts.Alerts;
import org.openv2v.alerts.NewAlert;
import org.openv2v.alerts.Severity;
import org.openv2v.cases.Cases;
import org.openv2v.scheduling.domain.DiseaseTempo;
import org.openv2v.scheduling.domain.OptionId;
import org.openv2v.scheduling.domain.OptionSearch;
import org.openv2v.scheduling.domain.plan.Choice;
import org.openv2v.scheduling.domain.plan.WaitingCase;
import org.openv2v.scheduling.internal.BookingRows;
import org.openv2v.scheduling.internal.BookingRows.Route;
import org.openv2v.scheduling.internal.CapacityPicture;
import org.openv2v.scheduling.internal.CapacityPictures;
import org.openv2v.scheduling.internal.SchedulingProperties;
import org.openv2v.shared.StoredTime;
import org.springframework.stereotype.Component;

/**
 * What follows a failed manufacture: the slot and chair were used and stay used; a new collection
 * is proposed at once and everyone who must act is alerted. The path taken (a new collection, the
 * physician's acceptance of the out-of-specification product, or withdrawal) is recorded when they
 * act.
 */
@Component
@RequiredArgsConstructor
class FailureReactions {

  private final Cases cases;
  private final BookingRows rows;
  private final CapacityPictures pictures;
  private final SchedulingProperties properties;
  private final BookingViews views;
  private final Alerts alerts;
  private final MeterRegistry meters;
  private final Clock clock;

  void onManufacturingFailed(UUID caseId, UUID eventId, String reportingSite) {
    Instant now = now();
    rows.activeBooking(caseId)
        .ifPresent(b -> rows.endBooking(b.id(), "FAILED", "manufacturing failed", now));
    Optional<Route> route = rows.route(caseId);
    Optional<Choice> proposal = route.flatMap(this::firstFreeCollection);
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
    alerts.raise(alert(caseId, eventId, proposal, addressees(caseId, route, reportingSite)));
  }

  void onOutOfSpecAccepted(UUID caseId) {
    if (rows.resolveFailure(caseId, "OUT_OF_SPEC_ACCEPTED", now())) {
      meters
          .counter("openv2v.scheduling.failure.paths", "path", "OUT_OF_SPEC_ACCEPTED")
          .increment();
    }
  }

  /** The earliest free collection from tomorrow, searched as for a rapidly progressing disease. */
  private Optional<Choice> firstFreeCollection(Route route) {
    CapacityPicture picture = pictures.now();
    WaitingCase waiting =
        picture.waitingCase(
            route,
            views.weight(DiseaseTempo.RAPID),
            picture.today(),
            picture.today().plusDays(1),
            Set.of(),
            properties.infusionLeadDays());
    return OptionSearch.options(waiting, picture.freeChairs(), picture.today(), 1).stream()
        .findFirst();
  }

  private static NewAlert alert(
      UUID caseId, UUID eventId, Optional<Choice> proposal, Set<String> addressees) {
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
    return new NewAlert(
            AlertKind.MANUFACTURING_FAILURE,
            Severity.CRITICAL,
            Optional.of(caseId),
            addressees,
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
                .orElse(new String[] {AlertWording.caseReference()}));
  }

  /**
   * Everyone who must act on a failure, booked or not: the treatment centre (it tells the patient
   * and decides the path), the apheresis site (it may collect again) and the manufacturer.
   */
  private Set<String> addressees(UUID caseId, Optional<Route> route, String reportingSite) {
    Set<String> sites = new TreeSet<>();
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

  private Instant now() {
    return StoredTime.now(clock);
  }
}
