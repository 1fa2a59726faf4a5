package org.openv2v.logistics.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A finding in a shipment's logger data.
 *
 * @param kind what was found
 * @param startedAt the first reading out of range; the last reading before a gap; the moment the
 *     hold time ran out
 * @param endedAt the first reading back in range (or the last reading, if it never came back); the
 *     first reading after a gap; the last reading of a shipper past its hold time
 * @param ongoing whether it was still going at the last reading
 * @param peakCelsius the reading farthest out of range, for temperature excursions
 * @param readings how many readings were out of range
 */
public record Excursion(
    ExcursionKind kind,
    Instant startedAt,
    Instant endedAt,
    boolean ongoing,
    Optional<BigDecimal> peakCelsius,
    int readings) {

  public Duration duration() {
    return Duration.between(startedAt, endedAt);
  }

  /** "42 min", "3 h 5 min", "2 d 4 h". */
  public String durationText() {
    Duration d = duration();
    if (d.toDays() >= 1) {
      return d.toDays() + " d " + d.toHoursPart() + " h";
    }
    if (d.toHours() >= 1) {
      return d.toHours() + " h " + d.toMinutesPart() + " min";
    }
    if (d.toMinutes() >= 1) {
      return d.toMinutes() + " min" + (d.toSecondsPart() > 0 ? " " + d.toSecondsPart() + " s" : "");
    }
    return d.toSeconds() + " s";
  }
}
