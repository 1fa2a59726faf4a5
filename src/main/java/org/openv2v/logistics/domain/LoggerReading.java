package org.openv2v.logistics.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One reading of a shipper's data logger: temperature and time always; position, tilt and shock
 * where the logger reports them (the fields a cryo-shipper logger carries: platforms-and-standards
 * §1.4 and §2.8, Cryoport condition monitor data).
 *
 * @param recordedAt when the logger took the reading
 * @param temperatureCelsius the probe temperature, at most three decimals
 * @param location GPS position, if reported
 * @param tiltDegrees the angle from upright, 0 to 180, if reported
 * @param shockG the peak acceleration since the last reading in g, if reported
 */
public record LoggerReading(
    Instant recordedAt,
    BigDecimal temperatureCelsius,
    Optional<GeoPoint> location,
    Optional<BigDecimal> tiltDegrees,
    Optional<BigDecimal> shockG) {

  public LoggerReading {
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(temperatureCelsius, "temperatureCelsius");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(tiltDegrees, "tiltDegrees");
    Objects.requireNonNull(shockG, "shockG");
    temperatureCelsius = temperatureCelsius.stripTrailingZeros();
    tiltDegrees = tiltDegrees.map(BigDecimal::stripTrailingZeros);
    shockG = shockG.map(BigDecimal::stripTrailingZeros);
    location =
        location.map(
            p ->
                new GeoPoint(
                    p.latitude().stripTrailingZeros(), p.longitude().stripTrailingZeros()));
  }

  public static LoggerReading of(Instant at, String celsius) {
    return new LoggerReading(
        at, new BigDecimal(celsius), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Whether two readings say the same thing, whatever the scale their numbers were written in. */
  public boolean sameAs(LoggerReading other) {
    return recordedAt.equals(other.recordedAt)
        && temperatureCelsius.compareTo(other.temperatureCelsius) == 0
        && location.equals(other.location)
        && tiltDegrees.equals(other.tiltDegrees)
        && shockG.equals(other.shockG);
  }
}
