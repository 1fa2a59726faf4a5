package org.openv2v.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseQuery;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.custody.CustodyLedger;
import org.openv2v.logistics.LoggerFormat;
import org.openv2v.logistics.NewShipment;
import org.openv2v.logistics.Shipments;
import org.openv2v.logistics.domain.Leg;
import org.openv2v.logistics.domain.LoggerCsv;
import org.openv2v.logistics.domain.LoggerReading;
import org.openv2v.logistics.domain.Packaging;
import org.openv2v.logistics.domain.ShipmentBrackets;
import org.openv2v.network.Network;
import org.openv2v.network.Site;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, books the courier legs the demo cases have travelled (those with a handover in
 * their custody chain) and uploads a logger trace for each, so that shipments, temperature curves
 * and one brief excursion can be seen. Runs after the demo network (order 10), once per case.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("openv2v.demo")
@RequiredArgsConstructor
class DemoShipments implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoShipments.class);

  /** About this many readings per trip keeps start-up quick... */
  private static final int READINGS = 300;

  private static final Duration FINEST = Duration.ofMinutes(5);

  /** ...but never further apart than the gap tolerance's default, which would be a finding. */
  private static final Duration COARSEST = Duration.ofMinutes(30);

  private final Shipments shipments;
  private final Cases cases;
  private final CustodyLedger ledger;
  private final Network network;
  private final Clock clock;

  @Override
  public void run(ApplicationArguments args) {
    Set<String> all = network.sites().stream().map(Site::id).collect(Collectors.toSet());
    Actor coordinator = new Actor("coordinator", "Demo Coordinator", Role.COORDINATOR, all);
    Actor courier = new Actor("courier", "Demo Courier", Role.COURIER, all);
    int booked = 0;
    boolean excursionShown = false;
    for (CaseView view : cases.list(CaseQuery.all(), coordinator)) {
      if (view.state().isEnded()
          || view.manufacturingSiteId() == null
          || shipments.hasAny(view.id())) {
        continue;
      }
      for (Leg leg : Leg.values()) {
        try {
          Optional<Boolean> seeded = seed(view, leg, !excursionShown, coordinator, courier);
          if (seeded.isPresent()) {
            booked++;
            excursionShown |= seeded.get();
          }
        } catch (RuntimeException e) {
          // Demo data is a convenience: a case it cannot ship must not stop the platform.
          log.warn(
              "Demo shipment {} of case {} not seeded: {}", leg, view.reference(), e.getMessage());
        }
      }
    }
    if (booked > 0) {
      log.info("Demo shipments booked with logger traces: {}", booked);
    }
  }

  /** Books and uploads one leg; answers whether it carries the excursion, or empty if skipped. */
  private Optional<Boolean> seed(
      CaseView view, Leg leg, boolean mayShowExcursion, Actor coordinator, Actor courier) {
    ShipmentBrackets.Bracket bracket =
        ShipmentBrackets.of(ledger.records(view.id()), leg, 0, view.manufacturingSiteId());
    if (bracket.handedOver().isEmpty()) {
      return Optional.empty();
    }
    Instant from = bracket.handedOver().get().deviceTime();
    Instant arrived = bracket.received().map(r -> r.deviceTime()).orElse(clock.instant());
    Instant to = arrived.isAfter(from) ? arrived : from.plus(Duration.ofHours(1));
    String shipperId =
        "DEMO-" + view.reference() + "-" + (leg == Leg.TO_MANUFACTURER ? "OUT" : "BACK");
    var shipment =
        shipments
            .book(
                view.id(),
                new NewShipment(
                    leg,
                    shipperId,
                    "LOG-" + shipperId,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
                coordinator)
            .shipment();
    boolean withExcursion =
        mayShowExcursion
            && leg == Leg.TO_TREATMENT_CENTRE
            && interval(from, to).compareTo(Duration.ofMinutes(10)) <= 0;
    String csv =
        LoggerCsv.write(
            trace(shipment.packaging(), shipment.limits().maxCelsius(), from, to, withExcursion));
    shipments.upload(shipment.id(), csv, LoggerFormat.CSV, courier);
    return Optional.of(withExcursion);
  }

  private static Duration interval(Instant from, Instant to) {
    Duration even = Duration.between(from, to).dividedBy(READINGS).truncatedTo(ChronoUnit.SECONDS);
    return even.compareTo(FINEST) < 0 ? FINEST : even.compareTo(COARSEST) > 0 ? COARSEST : even;
  }

  /**
   * A plausible trace: a charged dry shipper near −185 °C warming slowly, or a refrigerated box
   * around 5 °C; with one reading just above the limit in the middle when asked.
   */
  static List<LoggerReading> trace(
      Packaging packaging, BigDecimal limit, Instant from, Instant to, boolean briefExcursion) {
    Duration step = interval(from, to);
    List<LoggerReading> readings = new ArrayList<>();
    int n = 0;
    long total = Math.max(1, Duration.between(from, to).dividedBy(step));
    for (Instant at = from; !at.isAfter(to); at = at.plus(step), n++) {
      double celsius =
          packaging == Packaging.LN2_VAPOUR_DRY_SHIPPER
              ? -185.0 + 0.5 * n * step.toMinutes() / (24 * 60.0) + 0.4 * Math.sin(n / 5.0)
              : 5.0 + 0.8 * Math.sin(n / 7.0);
      BigDecimal value = BigDecimal.valueOf(celsius).setScale(1, RoundingMode.HALF_UP);
      if (briefExcursion && n == total / 2) {
        value = limit.add(new BigDecimal("1.3"));
      }
      readings.add(
          new LoggerReading(
              at.truncatedTo(ChronoUnit.SECONDS),
              value,
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }
    return readings;
  }
}
