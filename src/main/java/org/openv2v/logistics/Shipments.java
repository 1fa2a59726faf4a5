package org.openv2v.logistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.logistics.domain.ColdChainRule;
import org.openv2v.logistics.domain.Leg;
import org.openv2v.logistics.domain.LoggerCsv;
import org.openv2v.logistics.domain.LoggerFileProblem;
import org.openv2v.logistics.domain.LoggerReading;
import org.openv2v.logistics.domain.Packaging;
import org.openv2v.logistics.internal.ColdChainRules;
import org.openv2v.logistics.internal.LoggerJson;
import org.openv2v.logistics.internal.ReadingRows;
import org.openv2v.logistics.internal.ShipmentFindings;
import org.openv2v.logistics.internal.ShipmentRows;
import org.openv2v.logistics.internal.ShipmentRows.StoredShipment;
import org.openv2v.logistics.internal.ShipmentSummaries;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.FieldProblem;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courier shipments of a case's cells: booking each leg with the courier's shipper id and logger,
 * taking in the logger's readings, and judging them against the cold chain's rules. A finding
 * raises an alert to the receiving site and to quality, and a temperature finding is recorded on
 * the case's chain of custody. Who may see a shipment is who may see its case.
 */
@Service
@RequiredArgsConstructor
public class Shipments {

  private static final Logger log = LoggerFactory.getLogger(Shipments.class);

  private final Cases cases;
  private final ColdChainRules rules;
  private final ShipmentRows shipments;
  private final ReadingRows readings;
  private final ShipmentSummaries summaries;
  private final ShipmentFindings findings;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;

  /** A booking, and whether it was made before (the same shipper id booked the same way). */
  public record Booked(ShipmentView shipment, boolean replayed) {}

  /**
   * Books a courier for a leg of the case. Coordinators and couriers book either leg; the
   * manufacturer books the return leg. The courier's shipper id is unique for that courier: booking
   * it again the same way answers the first booking, differently is a conflict.
   */
  @Transactional
  public Booked book(UUID caseId, NewShipment request, Actor actor) {
    if (!actor.is(Role.COORDINATOR, Role.COURIER)
        && !(actor.is(Role.MANUFACTURER) && request.leg() == Leg.TO_TREATMENT_CENTRE)) {
      throw Refusal.forbidden("A " + actor.role() + " does not book the " + request.leg() + " leg.")
          .withWords("refusal.shipment.bookRole", actor.role(), request.leg());
    }
    CaseView view = cases.find(caseId, actor);
    if (view.state().isEnded()) {
      throw new Refusal(
              Refusal.Kind.CONFLICT, "Case " + view.reference() + " is " + view.state() + ".")
          .withWords("refusal.shipment.state", view.reference(), view.state());
    }
    String manufacturer =
        required(view.manufacturingSiteId(), view, "has no manufacturing facility");
    String centre = view.treatmentCentreId();
    String from =
        request.leg() == Leg.TO_MANUFACTURER
            ? Optional.ofNullable(view.apheresisSiteId()).orElse(centre)
            : manufacturer;
    String to = request.leg() == Leg.TO_MANUFACTURER ? manufacturer : centre;
    String courier = required(view.courierSiteId(), view, "has no courier");
    Packaging packaging =
        request.packaging().orElse(rules.defaultPackaging(view.productCode(), request.leg()));
    if (request.validatedHoldHours().isPresent() && packaging != Packaging.LN2_VAPOUR_DRY_SHIPPER) {
      throw Refusal.invalidField(
              "validatedHoldHours", "applies to LN2_VAPOUR_DRY_SHIPPER packaging only")
          .withWords("refusal.shipment.dryShipperOnly");
    }
    if (request
        .chargedAt()
        .filter(at -> at.isAfter(clock.instant().plus(Duration.ofDays(1))))
        .isPresent()) {
      throw Refusal.invalidField("chargedAt", "is more than a day in the future")
          .withWords("refusal.field.dayAhead");
    }
    StoredShipment stored =
        new StoredShipment(
            UUID.randomUUID(),
            caseId,
            request.leg(),
            packaging,
            from,
            to,
            courier,
            request.shipperId().strip(),
            request.loggerSerial().strip(),
            request.validatedHoldHours(),
            request.chargedAt().map(at -> StoredTime.of(at)),
            StoredTime.now(clock),
            actor.username());
    if (shipments.insert(stored)) {
      log.info(
          "Shipment {} booked on case {} ({}, shipper {}) by {}",
          stored.id(),
          caseId,
          stored.leg(),
          stored.shipperId(),
          actor.username());
      publisher.publishEvent(new ShipmentChanged(caseId));
      return new Booked(summaries.summary(stored, view), false);
    }
    StoredShipment earlier =
        shipments.byShipperId(courier, stored.shipperId()).orElseThrow(IllegalStateException::new);
    boolean same =
        earlier.caseId().equals(caseId)
            && earlier.leg() == stored.leg()
            && earlier.packaging() == stored.packaging()
            && earlier.loggerSerial().equals(stored.loggerSerial())
            && earlier.validatedHoldHours().equals(stored.validatedHoldHours())
            && earlier.chargedAt().equals(stored.chargedAt());
    if (!same) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "Shipper id "
                  + stored.shipperId()
                  + " of "
                  + courier
                  + " is already booked for another shipment.",
              List.of(new FieldProblem("shipperId", "is already booked for another shipment")))
          .withWords("refusal.shipment.shipperTaken", stored.shipperId(), courier);
    }
    return new Booked(summaries.summary(earlier, view), true);
  }

  /** Whether the case has any shipment booked; no case data, so neither role nor audit. */
  public boolean hasAny(UUID caseId) {
    return !shipments.ofCase(caseId).isEmpty();
  }

  /** The case's shipments in booking order. */
  @Transactional
  public List<ShipmentView> ofCase(UUID caseId, Actor actor) {
    CaseView view = cases.find(caseId, actor);
    return shipments.ofCase(caseId).stream().map(s -> summaries.summary(s, view)).toList();
  }

  @Transactional
  public ShipmentView find(UUID shipmentId, Actor actor) {
    StoredShipment stored = shipments.find(shipmentId).orElseThrow(() -> missing(shipmentId));
    return summaries.summary(stored, visibleCase(stored, actor));
  }

  /**
   * Takes in a logger file. Readings already stored are skipped (the same instant with the same
   * values); the same instant with other values is refused, since a logger's readings do not
   * change. Then the shipment's findings are recomputed from all its readings, and each new one
   * raises its alert and, for temperature, its custody record (both idempotent by the finding).
   */
  @Transactional
  public ReadingsUploaded upload(UUID shipmentId, String body, LoggerFormat format, Actor actor) {
    StoredShipment stored = shipments.lock(shipmentId).orElseThrow(() -> missing(shipmentId));
    CaseView view = visibleCase(stored, actor);
    if (!actor.is(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE, Role.MANUFACTURER, Role.COURIER)) {
      throw Refusal.forbidden("A " + actor.role() + " does not upload logger data.")
          .withWords("refusal.shipment.loggerRole", actor.role());
    }
    List<LoggerReading> parsed = parse(body, format);
    refuseFutureReadings(parsed);
    refuseReadingsBeforeDeparture(parsed, stored, view);
    Map<Instant, LoggerReading> known = new HashMap<>();
    readings.of(shipmentId).forEach(r -> known.put(r.recordedAt(), r));
    List<LoggerReading> fresh = new ArrayList<>();
    for (LoggerReading reading : parsed) {
      LoggerReading earlier = known.get(reading.recordedAt());
      if (earlier == null) {
        fresh.add(reading);
      } else if (!earlier.sameAs(reading)) {
        String reason =
            "a reading at "
                + reading.recordedAt()
                + " is already stored with "
                + earlier.temperatureCelsius().toPlainString()
                + " °C and other values; a logger's readings do not change";
        throw new Refusal(
                Refusal.Kind.CONFLICT,
                "Logger file conflicts with stored readings: " + reason,
                List.of(new FieldProblem("time", reason)))
            .withWords("refusal.shipment.loggerConflict", reason);
      }
    }
    int added = readings.add(shipmentId, fresh, clock.instant(), actor.username());
    fresh.forEach(r -> known.put(r.recordedAt(), r));
    findings.judge(stored, view, List.copyOf(known.values()), actor);
    if (added > 0) {
      publisher.publishEvent(new ShipmentChanged(stored.caseId()));
    }
    return new ReadingsUploaded(
        parsed.size(), added, parsed.size() - added, summaries.summary(stored, view));
  }

  /**
   * A logger's clock may run a little fast, but a reading dated more than a day ahead is a wrong
   * clock or a wrong file: stored, it would raise alerts and permanent ledger records for a time
   * that has not come.
   */
  private void refuseFutureReadings(List<LoggerReading> parsed) {
    Instant latest = clock.instant().plus(Duration.ofDays(1));
    for (LoggerReading reading : parsed) {
      if (reading.recordedAt().isAfter(latest)) {
        String reason =
            "a reading at "
                + reading.recordedAt()
                + " is more than a day in the future; check the logger's clock";
        throw new Refusal(
                Refusal.Kind.INVALID,
                "Logger file refused: " + reason,
                List.of(new FieldProblem("time", reason)))
            .withWords("refusal.shipment.loggerRefused", reason);
      }
    }
  }

  /**
   * The shipment left when its dry shipper was charged (the logger's trip and the hold time start
   * there) or, failing that, when the cells were handed to the courier. A reading dated earlier
   * belongs to the logger's last trip, its shelf or a wrong clock: stored, it would be judged
   * against this shipment's limits and could raise a false excursion. Until either time is known
   * the departure is unknown and only the other checks apply. Compared to the second, as loggers
   * record.
   */
  private void refuseReadingsBeforeDeparture(
      List<LoggerReading> parsed, StoredShipment stored, CaseView view) {
    Optional<Instant> left =
        Stream.of(
                stored.chargedAt(),
                summaries.bracket(stored, view).handedOver().map(CustodyRecord::deviceTime))
            .flatMap(Optional::stream)
            .min(Instant::compareTo)
            .map(at -> at.truncatedTo(ChronoUnit.SECONDS));
    if (left.isEmpty()) {
      return;
    }
    for (LoggerReading reading : parsed) {
      if (reading.recordedAt().isBefore(left.get())) {
        String reason =
            "a reading at "
                + reading.recordedAt()
                + " is before the shipment left ("
                + left.get()
                + "); remove the readings of the logger's earlier trip or check its clock";
        throw new Refusal(
                Refusal.Kind.INVALID,
                "Logger file refused: " + reason,
                List.of(new FieldProblem("time", reason)))
            .withWords("refusal.shipment.loggerBeforeLeft", reading.recordedAt(), left.get());
      }
    }
  }

  /** The readings for plotting, with the limits and the finding windows. */
  @Transactional
  public TemperatureSeries series(UUID shipmentId, Actor actor) {
    StoredShipment stored = shipments.find(shipmentId).orElseThrow(() -> missing(shipmentId));
    CaseView view = visibleCase(stored, actor);
    ColdChainRule rule = summaries.rule(stored, view);
    List<TemperatureSeries.Point> points =
        readings.of(shipmentId).stream()
            .map(
                r ->
                    new TemperatureSeries.Point(
                        r.recordedAt(),
                        r.temperatureCelsius(),
                        r.location().map(p -> p.latitude()),
                        r.location().map(p -> p.longitude()),
                        r.tiltDegrees(),
                        r.shockG()))
            .toList();
    return new TemperatureSeries(
        shipmentId, rule.minCelsius(), rule.maxCelsius(), points, summaries.findings(stored, rule));
  }

  /** The shipment's case as the actor sees it; a case they may not see hides the shipment too. */
  private CaseView visibleCase(StoredShipment s, Actor actor) {
    try {
      return cases.find(s.caseId(), actor);
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
        throw missing(s.id());
      }
      throw refusal;
    }
  }

  private static List<LoggerReading> parse(String body, LoggerFormat format) {
    try {
      return format == LoggerFormat.CSV ? LoggerCsv.parse(body) : LoggerJson.parse(body);
    } catch (LoggerFileProblem problem) {
      String field = problem.place() + (problem.column().isEmpty() ? "" : ", " + problem.column());
      throw new Refusal(
              Refusal.Kind.INVALID,
              "Logger file refused at " + field + ": " + problem.reason(),
              List.of(new FieldProblem(field, problem.reason())))
          .withWords("refusal.shipment.loggerLine", field, problem.reason());
    }
  }

  private static String required(String siteId, CaseView view, String problem) {
    if (siteId == null) {
      throw new Refusal(
              Refusal.Kind.UNPROCESSABLE, "Case " + view.reference() + " " + problem + ".")
          .withWords("refusal.shipment.caseProblem", view.reference(), problem);
    }
    return siteId;
  }

  private static Refusal missing(UUID shipmentId) {
    return Refusal.notFound("No shipment " + shipmentId)
        .withWords("refusal.shipment.notFound", shipmentId);
  }
}
