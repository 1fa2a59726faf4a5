package org.openv2v.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.Referral;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.cases.domain.ClosureReason;
import org.openv2v.cases.domain.NewEvent;
import org.openv2v.network.Network;
import org.openv2v.network.Site;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.openv2v.shared.ReplayClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, the first start on an empty database loads Korea's CAR-T network, one demo user per
 * role and about twenty fictional cases spread over the journey, all through the same rules as real
 * use.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("openv2v.demo")
@RequiredArgsConstructor
class DemoNetwork implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

  private final Network network;
  private final UserAccounts accounts;
  private final Cases cases;
  private final DemoCustody custody;
  private final DemoAftercare aftercare;
  private final DemoBookings bookings;
  private final JsonMapper json;
  private final Clock clock;
  private final ZoneId zone;

  @Override
  @Transactional
  public void run(ApplicationArguments args) throws IOException {
    if (network.hasSites()) {
      return;
    }
    int sites = network.importSites(new ClassPathResource("reference/korea-network.json"));
    List<Site> network = this.network.sites();
    new DemoUsers(network).accounts().forEach(accounts::createIfAbsent);
    Set<String> allSites = network.stream().map(Site::id).collect(Collectors.toSet());
    DemoCaseFile file;
    try (InputStream in = new ClassPathResource("demo/cases.json").getInputStream()) {
      file = json.readValue(in, DemoCaseFile.class);
    }
    file.cases().forEach(demo -> open(demo, allSites));
    log.info(
        "Demo network loaded: {} sites, {} cases, users coordinator, physician, nurse,"
            + " manufacturer, courier, auditor, admin and planner (password = user name).",
        sites,
        file.cases().size());
  }

  private void open(DemoCaseFile.DemoCase demo, Set<String> allSites) {
    List<DemoJourney.Step> steps = DemoJourney.stepsTo(demo);
    Instant now = clock.instant();
    Instant referred =
        now.atZone(zone)
            .toLocalDate()
            .minusDays(demo.referredDaysAgo())
            .atTime(LocalTime.of(9, 0))
            .atZone(zone)
            .toInstant();
    double planned = steps.stream().mapToDouble(DemoJourney.Step::daysAfterPrevious).sum();
    double available = Duration.between(referred, now).toHours() / 24.0 - 0.1;
    double scale = planned > available ? available / planned : 1.0;

    // Each step is taken through the real services as of its own moment (ReplayClock), so that
    // the rules that look at "now" (the pre-infusion gate, the checklist's validity, the thaw
    // limit) judge the infusion on its day, and every record carries the time it happened.
    CaseView opened =
        ReplayClock.at(
            referred,
            () ->
                cases.refer(
                    new Referral(
                        demo.patient(),
                        demo.productCode(),
                        demo.indication(),
                        demo.treatmentCentreId(),
                        null,
                        referred),
                    DemoUsers.seeding(Role.COORDINATOR, allSites)));
    Map<CaseEventType, Instant> happened = new EnumMap<>(CaseEventType.class);
    Instant at = referred;
    for (DemoJourney.Step step : steps) {
      at = at.plus(Duration.ofMinutes(Math.round(step.daysAfterPrevious() * scale * 24 * 60)));
      Instant moment = at;
      ReplayClock.run(
          moment,
          () -> {
            custody.before(step.type(), moment, opened, allSites);
            cases.record(
                opened.id(),
                event(step.type(), moment, opened, demo),
                DemoUsers.seeding(recorder(step.type()), allSites));
            custody.after(step.type(), moment, opened, allSites);
          });
      happened.put(step.type(), moment);
    }
    aftercare.after(
        opened, happened, demo.journeyTo() == CaseState.LYMPHODEPLETION, now, zone, allSites);
    if (demo.journeyTo() == CaseState.APHERESIS_SCHEDULED) {
      bookings.queue(opened.id());
    }
  }

  private static NewEvent event(
      CaseEventType type, Instant at, CaseView opened, DemoCaseFile.DemoCase demo) {
    Optional<String> reason =
        switch (type) {
          case WITHDRAWN -> Optional.of(DemoJourney.withdrawalReason(demo).name());
          case CLOSED -> Optional.of(ClosureReason.DEATH.name());
          default -> Optional.empty();
        };
    Optional<String> note =
        switch (type) {
          case MANUFACTURING_FAILED -> Optional.of("Demo: viability below release specification");
          case OUT_OF_SPEC_ACCEPTED ->
              Optional.of("Demo: physician accepts product after risk review");
          case CLOSED -> Optional.of("Demo: died of progressive lymphoma");
          default -> Optional.empty();
        };
    return new NewEvent(UUID.randomUUID(), type, at, siteOf(type, opened), note, reason);
  }

  private static String siteOf(CaseEventType type, CaseView opened) {
    return switch (type) {
      case APHERESIS_COLLECTED -> opened.apheresisSiteId();
      case SHIPPED_TO_MANUFACTURER, SHIPPED_TO_SITE -> opened.courierSiteId();
      case MANUFACTURING_STARTED, PRODUCT_RELEASED, MANUFACTURING_FAILED ->
          opened.manufacturingSiteId();
      default -> opened.treatmentCentreId();
    };
  }

  private static Role recorder(CaseEventType type) {
    return switch (type) {
      case PAYER_APPROVED, APHERESIS_SCHEDULED, FOLLOW_UP_STARTED -> Role.COORDINATOR;
      case APHERESIS_COLLECTED, RECEIVED_AT_SITE, INFUSED -> Role.NURSE;
      case SHIPPED_TO_MANUFACTURER, SHIPPED_TO_SITE -> Role.COURIER;
      case MANUFACTURING_STARTED, PRODUCT_RELEASED, MANUFACTURING_FAILED -> Role.MANUFACTURER;
      default -> Role.PHYSICIAN;
    };
  }
}
