package org.openv2v.scheduling;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.Patient;
import org.openv2v.cases.Referral;
import org.openv2v.cases.Sex;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.NewEvent;
import org.openv2v.network.Accreditation;
import org.openv2v.network.Capability;
import org.openv2v.network.Network;
import org.openv2v.network.Site;
import org.openv2v.network.SiteType;
import org.openv2v.scheduling.domain.TransitDistribution;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;

/** Fresh cases and sites for scheduling tests, made through the same services as real use. */
public final class SchedulingFixture {

  public static final Actor COORDINATOR = actor(Role.COORDINATOR, "KR-SNUH", "KR-SMC");
  public static final Actor PHYSICIAN = actor(Role.PHYSICIAN, "KR-SNUH", "KR-SMC");
  public static final Actor MANUFACTURER =
      actor(Role.MANUFACTURER, "US-NVS-MP", "KR-CUROCELL", "US-JNJ-RARITAN");
  public static final Actor ADMIN = actor(Role.ADMIN, "KR-SNUH");

  private final Cases cases;
  private final Network network;
  private final Capacity capacity;

  public SchedulingFixture(Cases cases, Network network, Capacity capacity) {
    this.cases = cases;
    this.network = network;
    this.capacity = capacity;
  }

  static Actor actor(Role role, String... sites) {
    return new Actor(role.name().toLowerCase(), "Demo " + role, role, Set.of(sites));
  }

  /**
   * A collecting unit of its own, with chairs on every day and lanes to and from New Jersey, so a
   * test controls all the capacity its cases compete for.
   */
  public String apheresisUnit(int chairs) {
    String id = "KR-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    network.createSite(
        new Site(
            id,
            // Named as people name sites, with a code, not the site id (pages never show ids).
            "Test apheresis unit " + id.substring(4),
            SiteType.APHERESIS_UNIT,
            "Seoul",
            "KR",
            Set.of(Capability.APHERESIS),
            Set.<Accreditation>of(),
            Set.of(),
            Set.of(),
            "test fixture",
            "시험용 성분채집 기관 " + id.substring(4)),
        "test");
    capacity.setChairs(id, new ChairCapacity(id, chairs, true, "test"), ADMIN);
    capacity.setLane(
        new CourierLane(id, "US-NVS-MP", TransitDistribution.FIXED, 3, 3, "test", null, null),
        ADMIN);
    return id;
  }

  /** A tisa-cel case at SNUH, collected at the given site, with payer approval. */
  public CaseView approvedCase(String apheresisSiteId) {
    CaseView opened =
        cases.refer(
            new Referral(
                new Patient(
                    "Scheduling Patient",
                    LocalDate.of(1970, 1, 1),
                    Sex.FEMALE,
                    new BigDecimal("60"),
                    new BigDecimal("160"),
                    "SC-" + UUID.randomUUID().toString().substring(0, 8)),
                "tisa-cel",
                "DLBCL",
                "KR-SNUH",
                apheresisSiteId,
                Instant.now().minus(3, ChronoUnit.DAYS)),
            COORDINATOR);
    record(opened.id(), CaseEventType.ELIGIBILITY_CONFIRMED, PHYSICIAN, "KR-SNUH");
    record(opened.id(), CaseEventType.PAYER_APPROVED, COORDINATOR, "KR-SNUH");
    return opened;
  }

  /** Withdraws the case as a coordinator would when the disease progressed. */
  void withdraw(UUID caseId) {
    cases.record(
        caseId,
        new NewEvent(
            UUID.randomUUID(),
            CaseEventType.WITHDRAWN,
            Instant.now(),
            "KR-SNUH",
            Optional.empty(),
            Optional.of("PROGRESSION")),
        COORDINATOR);
  }

  void record(UUID caseId, CaseEventType type, Actor actor, String siteId) {
    cases.record(
        caseId,
        new NewEvent(
            UUID.randomUUID(), type, Instant.now(), siteId, Optional.empty(), Optional.empty()),
        actor);
  }
}
