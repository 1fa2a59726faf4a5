package org.openv2v.patientstatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.cases.CaseProgress;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.network.Network;
import org.openv2v.patientstatus.domain.CellsWhereabouts;
import org.openv2v.patientstatus.internal.LinkRows;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links that let a patient or caregiver follow the journey without an account. The treatment
 * centre's coordinator or physician issues one per person and can revoke it; the link opens a page
 * in plain words with no clinical detail and no identifier.
 */
@Service
public class StatusLinks {

  private static final int SECRET_BYTES = 32;

  private final LinkRows links;
  private final Cases cases;
  private final Network network;
  private final ObjectProvider<Appointments> appointments;
  private final ObjectProvider<ExpectedInfusion> expected;
  private final Clock clock;
  private final ZoneId zone;
  private final Duration validFor;
  private final SecureRandom random = new SecureRandom();

  StatusLinks(
      LinkRows links,
      Cases cases,
      Network network,
      ObjectProvider<Appointments> appointments,
      ObjectProvider<ExpectedInfusion> expected,
      Clock clock,
      ZoneId zone,
      @Value("${openv2v.status-links.valid-days:365}") int validDays) {
    if (validDays < 1) {
      throw new IllegalArgumentException("openv2v.status-links.valid-days must be at least 1");
    }
    this.links = links;
    this.cases = cases;
    this.network = network;
    this.appointments = appointments;
    this.expected = expected;
    this.clock = clock;
    this.zone = zone;
    this.validFor = Duration.ofDays(validDays);
  }

  @Transactional
  public IssuedLink issue(UUID caseId, Actor actor) {
    requireCareTeam(caseId, actor);
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    String text = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = now();
    UUID id = UUID.randomUUID();
    Instant expires = now.plus(validFor);
    links.insert(id, caseId, sha256(text), actor.username(), now, expires);
    return new IssuedLink(id, text, expires);
  }

  @Transactional
  public List<StatusLink> links(UUID caseId, Actor actor) {
    requireCareTeam(caseId, actor);
    return links.ofCase(caseId);
  }

  /** Revokes the link at once; revoking it again changes nothing. */
  @Transactional
  public StatusLink revoke(UUID caseId, UUID linkId, Actor actor) {
    requireCareTeam(caseId, actor);
    StatusLink link =
        links
            .find(linkId)
            .filter(found -> found.caseId().equals(caseId))
            .orElseThrow(
                () ->
                    Refusal.notFound("No status link " + linkId + " on this case")
                        .withWords("refusal.statusLink.notFound", linkId));
    if (link.revokedAt().isEmpty()) {
      links.revoke(linkId, actor.username(), now());
    }
    return links.find(linkId).orElseThrow();
  }

  /**
   * The page behind a link, or empty when the link is unknown, revoked or expired: the three look
   * alike to the visitor, so a guessed link learns nothing.
   */
  @Transactional
  public Optional<PatientStatus> open(String secret) {
    if (secret == null || secret.length() > 100) {
      return Optional.empty();
    }
    Instant now = now();
    return links
        .findBySecret(sha256(secret))
        .filter(link -> link.opensAt(now))
        .flatMap(
            link -> {
              links.viewed(link.id(), now);
              return cases.progress(link.caseId()).map(progress -> status(progress, now));
            });
  }

  private PatientStatus status(CaseProgress progress, Instant now) {
    CellsWhereabouts where = CellsWhereabouts.of(progress.state());
    Optional<Appointment> next =
        where.onTheWay()
            ? appointments
                .orderedStream()
                .flatMap(
                    source ->
                        source.upcoming(progress.caseId(), LocalDate.ofInstant(now, zone)).stream())
                .min(Comparator.comparing(Appointment::date))
            : Optional.empty();
    return new PatientStatus(
        where,
        siteName(progress.treatmentCentreId()),
        next,
        next.map(appointment -> siteName(appointment.siteId())),
        progress.updatedAt(),
        where.onTheWay()
            ? expected
                .orderedStream()
                .flatMap(source -> source.expected(progress.caseId()).stream())
                .findFirst()
            : Optional.empty());
  }

  private String siteName(String siteId) {
    return network
        .site(siteId)
        .map(site -> site.nameIn(LocaleContextHolder.getLocale()))
        .orElse(siteId);
  }

  private void requireCareTeam(UUID caseId, Actor actor) {
    if (!actor.is(Role.COORDINATOR, Role.PHYSICIAN)) {
      throw Refusal.forbidden("Status links are issued by the treatment centre's coordinators")
          .withWords("refusal.statusLink.role");
    }
    CaseView view = cases.find(caseId, actor);
    if (!actor.worksAt(view.treatmentCentreId())) {
      throw Refusal.forbidden("Status links are issued by the treatment centre, not by this site")
          .withWords("refusal.statusLink.site");
    }
  }

  private Instant now() {
    return StoredTime.now(clock);
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
