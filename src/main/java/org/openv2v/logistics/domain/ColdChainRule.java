package org.openv2v.logistics.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a shipment's logger is judged against.
 *
 * @param packaging the kind of shipper
 * @param minCelsius the lowest acceptable temperature, if there is one (none for LN₂ vapour)
 * @param maxCelsius the highest acceptable temperature
 * @param limitSource where the limits come from, as shown to people
 * @param briefTolerance an excursion that ends within this long is brief (WARNING); longer, or
 *     still going at the last reading, is sustained (CRITICAL)
 * @param maxGap the longest acceptable interval between two readings
 * @param holdTime how long the shipper is validated to hold temperature, if it has a hold time
 * @param holdSource where the hold time comes from
 */
public record ColdChainRule(
    Packaging packaging,
    Optional<BigDecimal> minCelsius,
    BigDecimal maxCelsius,
    String limitSource,
    Duration briefTolerance,
    Duration maxGap,
    Optional<Duration> holdTime,
    String holdSource) {

  public ColdChainRule {
    Objects.requireNonNull(packaging);
    Objects.requireNonNull(minCelsius);
    Objects.requireNonNull(maxCelsius);
    Objects.requireNonNull(holdTime);
    if (briefTolerance.isNegative() || maxGap.isNegative() || maxGap.isZero()) {
      throw new IllegalArgumentException("tolerance must not be negative, gap must be positive");
    }
    if (minCelsius.isPresent() && minCelsius.get().compareTo(maxCelsius) > 0) {
      throw new IllegalArgumentException("minCelsius is above maxCelsius");
    }
  }

  public boolean accepts(BigDecimal celsius) {
    return celsius.compareTo(maxCelsius) <= 0
        && minCelsius.map(min -> celsius.compareTo(min) >= 0).orElse(true);
  }

  /** The acceptable range in words, such as "≤ -150 °C" or "2 to 8 °C". */
  public String range() {
    return minCelsius
        .map(min -> min.toPlainString() + " to " + maxCelsius.toPlainString() + " °C")
        .orElse("≤ " + maxCelsius.toPlainString() + " °C");
  }

  public ColdChainRule withHoldTime(Duration validated, String source) {
    return new ColdChainRule(
        packaging,
        minCelsius,
        maxCelsius,
        limitSource,
        briefTolerance,
        maxGap,
        Optional.of(validated),
        source);
  }
}
