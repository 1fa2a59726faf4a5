package org.openv2v.cases.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The intervals by which vein-to-vein care is judged, in calendar days in the network's time zone.
 * Apheresis means the collection whose product was used: after a manufacturing failure and a second
 * collection, the clock restarts from the second (as registries such as CIBMTR count collection to
 * infusion for the infused product).
 */
public record Milestones(
    Instant referredAt,
    Optional<Instant> apheresisAt,
    Optional<Instant> releasedAt,
    Optional<Instant> infusedAt,
    Optional<Long> referralToApheresisDays,
    Optional<Long> apheresisToReleaseDays,
    Optional<Long> veinToVeinDays,
    Optional<Long> referralToInfusionDays) {

  private static final Set<CaseEventType> RELEASES =
      Set.of(CaseEventType.PRODUCT_RELEASED, CaseEventType.OUT_OF_SPEC_ACCEPTED);

  public static Milestones of(List<CaseEvent> history, ZoneId zone) {
    Instant referred = history.get(0).occurredAt();
    Optional<Instant> released = lastOf(history, RELEASES);
    Optional<Instant> infused = lastOf(history, Set.of(CaseEventType.INFUSED));
    // The collection that fed the released product is the last one before release, if released.
    Optional<Instant> apheresis =
        history.stream()
            .filter(e -> e.type() == CaseEventType.APHERESIS_COLLECTED)
            .filter(e -> released.isEmpty() || !e.occurredAt().isAfter(released.get()))
            .map(CaseEvent::occurredAt)
            .reduce((first, second) -> second);
    return new Milestones(
        referred,
        apheresis,
        released,
        infused,
        apheresis.map(a -> days(referred, a, zone)),
        released.flatMap(r -> apheresis.map(a -> days(a, r, zone))),
        infused.flatMap(i -> apheresis.map(a -> days(a, i, zone))),
        infused.map(i -> days(referred, i, zone)));
  }

  private static Optional<Instant> lastOf(List<CaseEvent> history, Set<CaseEventType> types) {
    return history.stream()
        .filter(e -> types.contains(e.type()))
        .map(CaseEvent::occurredAt)
        .reduce((first, second) -> second);
  }

  private static long days(Instant from, Instant to, ZoneId zone) {
    return ChronoUnit.DAYS.between(from.atZone(zone).toLocalDate(), to.atZone(zone).toLocalDate());
  }
}
