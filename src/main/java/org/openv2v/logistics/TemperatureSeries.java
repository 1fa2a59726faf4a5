package org.openv2v.logistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A shipment's readings for plotting, with the limits and the excursion windows to shade. */
public record TemperatureSeries(
    UUID shipmentId,
    Optional<BigDecimal> minCelsius,
    BigDecimal maxCelsius,
    List<Point> points,
    List<ShipmentExcursion> excursions) {

  /** One reading. */
  public record Point(
      Instant time,
      BigDecimal temperatureCelsius,
      Optional<BigDecimal> latitude,
      Optional<BigDecimal> longitude,
      Optional<BigDecimal> tiltDegrees,
      Optional<BigDecimal> shockG) {}
}
