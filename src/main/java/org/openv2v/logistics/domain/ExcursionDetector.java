package org.openv2v.logistics.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds what a shipment's logger data shows against its rule: temperature excursions (brief or
 * sustained), gaps in the data, and a shipper used past its validated hold time. The findings are a
 * pure function of the readings, so a re-upload finds the same ones.
 */
public final class ExcursionDetector {

  private ExcursionDetector() {}

  /**
   * @param readings in any order, one per instant
   * @param rule the limits, tolerances and hold time
   * @param holdStart when the shipper's hold time started (charged or handed over), if known;
   *     otherwise the first reading
   * @param deliveredAt when the shipment was received, if it was; the hold time stops there
   */
  public static List<Excursion> detect(
      List<LoggerReading> readings,
      ColdChainRule rule,
      Optional<Instant> holdStart,
      Optional<Instant> deliveredAt) {
    if (readings.isEmpty()) {
      return List.of();
    }
    List<LoggerReading> ordered =
        readings.stream().sorted(Comparator.comparing(LoggerReading::recordedAt)).toList();
    List<Excursion> found = new ArrayList<>();
    found.addAll(outOfRange(ordered, rule));
    found.addAll(gaps(ordered, rule.maxGap()));
    holdTime(ordered, rule, holdStart, deliveredAt).ifPresent(found::add);
    found.sort(Comparator.comparing(Excursion::startedAt).thenComparing(Excursion::kind));
    return List.copyOf(found);
  }

  /**
   * A run of readings out of range lasts from its first reading to the first reading back in range:
   * the logger cannot say when in between the temperature came back, so the whole interval counts
   * against the tolerance.
   */
  private static List<Excursion> outOfRange(List<LoggerReading> ordered, ColdChainRule rule) {
    List<Excursion> found = new ArrayList<>();
    int i = 0;
    while (i < ordered.size()) {
      if (rule.accepts(ordered.get(i).temperatureCelsius())) {
        i++;
        continue;
      }
      int start = i;
      BigDecimal peak = ordered.get(i).temperatureCelsius();
      while (i < ordered.size() && !rule.accepts(ordered.get(i).temperatureCelsius())) {
        peak = fartherOut(peak, ordered.get(i).temperatureCelsius(), rule);
        i++;
      }
      boolean ongoing = i == ordered.size();
      Instant startedAt = ordered.get(start).recordedAt();
      Instant endedAt = ordered.get(ongoing ? i - 1 : i).recordedAt();
      boolean brief =
          !ongoing && Duration.between(startedAt, endedAt).compareTo(rule.briefTolerance()) <= 0;
      found.add(
          new Excursion(
              brief ? ExcursionKind.BRIEF_EXCURSION : ExcursionKind.SUSTAINED_EXCURSION,
              startedAt,
              endedAt,
              ongoing,
              Optional.of(peak),
              i - start));
    }
    return found;
  }

  private static BigDecimal fartherOut(BigDecimal a, BigDecimal b, ColdChainRule rule) {
    return distance(b, rule).compareTo(distance(a, rule)) > 0 ? b : a;
  }

  private static BigDecimal distance(BigDecimal celsius, ColdChainRule rule) {
    BigDecimal above = celsius.subtract(rule.maxCelsius());
    BigDecimal below = rule.minCelsius().map(min -> min.subtract(celsius)).orElse(BigDecimal.ZERO);
    return above.max(below);
  }

  private static List<Excursion> gaps(List<LoggerReading> ordered, Duration maxGap) {
    List<Excursion> found = new ArrayList<>();
    for (int i = 1; i < ordered.size(); i++) {
      Instant before = ordered.get(i - 1).recordedAt();
      Instant after = ordered.get(i).recordedAt();
      if (Duration.between(before, after).compareTo(maxGap) > 0) {
        found.add(new Excursion(ExcursionKind.DATA_GAP, before, after, false, Optional.empty(), 0));
      }
    }
    return found;
  }

  private static Optional<Excursion> holdTime(
      List<LoggerReading> ordered,
      ColdChainRule rule,
      Optional<Instant> holdStart,
      Optional<Instant> deliveredAt) {
    if (rule.holdTime().isEmpty()) {
      return Optional.empty();
    }
    Instant start = holdStart.orElse(ordered.get(0).recordedAt());
    Instant expiry = start.plus(rule.holdTime().get());
    Instant last = ordered.get(ordered.size() - 1).recordedAt();
    Instant end = deliveredAt.filter(at -> at.isBefore(last)).orElse(last);
    if (!end.isAfter(expiry)) {
      return Optional.empty();
    }
    long after =
        ordered.stream()
            .filter(r -> r.recordedAt().isAfter(expiry) && !r.recordedAt().isAfter(end))
            .count();
    return Optional.of(
        new Excursion(
            ExcursionKind.HOLD_TIME_EXCEEDED,
            expiry,
            end,
            deliveredAt.isEmpty(),
            Optional.empty(),
            (int) after));
  }
}
