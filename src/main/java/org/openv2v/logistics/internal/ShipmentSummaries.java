package org.openv2v.logistics.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.custody.CustodyLedger;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.logistics.CustodyMark;
import org.openv2v.logistics.ShipmentExcursion;
import org.openv2v.logistics.ShipmentView;
import org.openv2v.logistics.domain.ColdChainRule;
import org.openv2v.logistics.domain.Excursion;
import org.openv2v.logistics.domain.ExcursionWording;
import org.openv2v.logistics.domain.ShipmentBrackets;
import org.openv2v.logistics.domain.ShipmentStatus;
import org.openv2v.logistics.internal.ShipmentRows.StoredShipment;
import org.springframework.stereotype.Component;

/**
 * What a shipment is held to, which custody records bracket it, and its summary. No access check:
 * the caller has the case as its actor may see it.
 */
@Component
@RequiredArgsConstructor
public class ShipmentSummaries {

  private final ColdChainRules rules;
  private final CustodyLedger ledger;
  private final ShipmentRows shipments;
  private final ReadingRows readings;
  private final ExcursionRows excursions;

  /** The product's rule for the leg and packaging, with the shipper's own hold time if booked. */
  public ColdChainRule rule(StoredShipment s, CaseView view) {
    ColdChainRule rule = rules.ruleFor(view.productCode(), s.leg(), s.packaging());
    return s.validatedHoldHours()
        .map(
            hours ->
                rule.withHoldTime(
                    Duration.ofHours(hours),
                    "validated for this shipper, as booked by " + s.bookedBy()))
        .orElse(rule);
  }

  /** The handover and receipt of this shipment's trip, as far as the ledger has them. */
  public ShipmentBrackets.Bracket bracket(StoredShipment s, CaseView view) {
    List<StoredShipment> ofLeg =
        shipments.ofCase(s.caseId()).stream().filter(o -> o.leg() == s.leg()).toList();
    int nth = 0;
    while (nth < ofLeg.size() && !ofLeg.get(nth).id().equals(s.id())) {
      nth++;
    }
    return ShipmentBrackets.of(
        ledger.records(s.caseId()),
        s.leg(),
        nth,
        Optional.ofNullable(view.manufacturingSiteId()).orElse(""));
  }

  public ShipmentView summary(StoredShipment s, CaseView view) {
    ColdChainRule rule = rule(s, view);
    ShipmentBrackets.Bracket bracket = bracket(s, view);
    ReadingRows.Summary read = readings.summary(s.id());
    ShipmentStatus status =
        bracket.received().isPresent()
            ? ShipmentStatus.DELIVERED
            : bracket.handedOver().isPresent() || read.count() > 0
                ? ShipmentStatus.IN_TRANSIT
                : ShipmentStatus.BOOKED;
    return new ShipmentView(
        s.id(),
        s.caseId(),
        view.reference(),
        view.din(),
        view.productCode(),
        s.leg(),
        s.packaging(),
        s.fromSiteId(),
        s.toSiteId(),
        s.courierSiteId(),
        s.shipperId(),
        s.loggerSerial(),
        status,
        s.bookedAt(),
        s.bookedBy(),
        new ShipmentView.Limits(
            rule.minCelsius(),
            rule.maxCelsius(),
            rule.range(),
            rule.limitSource(),
            rule.briefTolerance().toMinutes(),
            rule.maxGap().toMinutes(),
            rule.holdTime().map(Duration::toHours),
            rule.holdSource(),
            s.chargedAt()),
        new ShipmentView.Readings(
            read.count(), read.first(), read.last(), read.minCelsius(), read.maxCelsius()),
        findings(s, rule),
        bracket.handedOver().map(ShipmentSummaries::mark),
        bracket.received().map(ShipmentSummaries::mark));
  }

  /** The shipment's current findings, each with its alert and custody record. */
  public List<ShipmentExcursion> findings(StoredShipment s, ColdChainRule rule) {
    return excursions.of(s.id()).stream()
        .map(
            stored -> {
              Excursion e = stored.excursion();
              return new ShipmentExcursion(
                  e.kind(),
                  e.kind().grade().name(),
                  e.startedAt(),
                  e.endedAt(),
                  e.duration().toSeconds(),
                  e.ongoing(),
                  e.peakCelsius(),
                  e.readings(),
                  ExcursionWording.describe(e, rule),
                  stored.alertId(),
                  stored.custodyEventId());
            })
        .toList();
  }

  private static CustodyMark mark(CustodyRecord r) {
    return new CustodyMark(r.eventId(), r.step().name(), r.siteId(), r.deviceTime(), r.sequence());
  }
}
