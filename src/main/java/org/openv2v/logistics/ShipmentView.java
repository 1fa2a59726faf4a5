package org.openv2v.logistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.logistics.domain.Leg;
import org.openv2v.logistics.domain.Packaging;
import org.openv2v.logistics.domain.ShipmentStatus;

/**
 * A shipment's summary. It names the case by reference and DIN, never the patient, so that couriers
 * and manufacturers see it whole.
 */
public record ShipmentView(
    UUID id,
    UUID caseId,
    String caseReference,
    String din,
    String productCode,
    Leg leg,
    Packaging packaging,
    String fromSiteId,
    String toSiteId,
    String courierSiteId,
    String shipperId,
    String loggerSerial,
    ShipmentStatus status,
    Instant bookedAt,
    String bookedBy,
    Limits limits,
    Readings readings,
    List<ShipmentExcursion> excursions,
    Optional<CustodyMark> handedOver,
    Optional<CustodyMark> received) {

  /** The rule the logger is judged against, with its sources. */
  public record Limits(
      Optional<BigDecimal> minCelsius,
      BigDecimal maxCelsius,
      String range,
      String limitSource,
      long briefExcursionToleranceMinutes,
      long maxLoggerGapMinutes,
      Optional<Long> holdTimeHours,
      String holdSource,
      Optional<Instant> chargedAt) {}

  /** What the logger has reported so far. */
  public record Readings(
      int count,
      Optional<Instant> first,
      Optional<Instant> last,
      Optional<BigDecimal> minCelsius,
      Optional<BigDecimal> maxCelsius) {}
}
