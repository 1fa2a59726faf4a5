package org.openv2v.logistics.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated logger readings within every field's bounds, for the parsers' properties. */
public final class ReadingArbitraries {

  private ReadingArbitraries() {}

  public static Arbitrary<LoggerReading> reading() {
    Arbitrary<Instant> times =
        Arbitraries.longs()
            .between(
                Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2030-01-01T00:00:00Z").getEpochSecond())
            .map(Instant::ofEpochSecond);
    Arbitrary<BigDecimal> celsius =
        Arbitraries.bigDecimals()
            .between(new BigDecimal("-273.15"), new BigDecimal("100"))
            .ofScale(3);
    Arbitrary<Optional<GeoPoint>> location =
        Combinators.combine(
                Arbitraries.bigDecimals()
                    .between(BigDecimal.valueOf(-90), BigDecimal.valueOf(90))
                    .ofScale(7),
                Arbitraries.bigDecimals()
                    .between(BigDecimal.valueOf(-180), BigDecimal.valueOf(180))
                    .ofScale(7))
            .as(GeoPoint::new)
            .optional();
    Arbitrary<Optional<BigDecimal>> tilt =
        Arbitraries.bigDecimals()
            .between(BigDecimal.ZERO, BigDecimal.valueOf(180))
            .ofScale(2)
            .optional();
    Arbitrary<Optional<BigDecimal>> shock =
        Arbitraries.bigDecimals()
            .between(BigDecimal.ZERO, BigDecimal.valueOf(1000))
            .ofScale(3)
            .optional();
    return Combinators.combine(times, celsius, location, tilt, shock).as(LoggerReading::new);
  }

  public static List<LoggerReading> distinctByTime(List<LoggerReading> readings) {
    return readings.stream()
        .collect(Collectors.toMap(LoggerReading::recordedAt, r -> r, (a, b) -> a))
        .values()
        .stream()
        .sorted(Comparator.comparing(LoggerReading::recordedAt))
        .toList();
  }
}
