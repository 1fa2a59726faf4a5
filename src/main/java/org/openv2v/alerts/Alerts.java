package org.openv2v.alerts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.alerts.internal.AlertRows;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts for the people who must act on them: the sites an alert is addressed to, and quality, who
 * see everything. Raising joins the raiser's transaction, so an alert exists exactly when the
 * finding that raised it was stored.
 */
@Service
@RequiredArgsConstructor
public class Alerts {

  private final AlertRows rows;
  private final Clock clock;

  /** Raises an alert, or answers the one already raised under the same key. */
  @Transactional
  public Alert raise(NewAlert alert) {
    return rows.insertOrFind(UUID.randomUUID(), alert, clock.instant());
  }

  /** The alerts the actor may see, newest first; only open ones unless asked otherwise. */
  @Transactional(readOnly = true)
  public List<Alert> visibleTo(Actor actor, AlertQuery query) {
    if (!actor.role().worksOnCases()) {
      return List.of();
    }
    return rows.find(query, seesAll(actor) ? Optional.empty() : Optional.of(actor.siteIds()));
  }

  /** Marks an alert as seen and handled by the actor; acknowledging twice keeps the first. */
  @Transactional
  public Alert acknowledge(UUID id, Actor actor) {
    Alert alert =
        rows.find(id)
            .filter(found -> mayAct(actor, found))
            .orElseThrow(
                () -> Refusal.notFound("No alert " + id).withWords("refusal.alert.notFound", id));
    if (!alert.open()) {
      return alert;
    }
    rows.acknowledge(id, actor.username(), clock.instant());
    return rows.find(id).orElseThrow();
  }

  private static boolean seesAll(Actor actor) {
    return actor.is(Role.AUDITOR);
  }

  private static boolean mayAct(Actor actor, Alert alert) {
    return actor.role().worksOnCases()
        && (seesAll(actor) || alert.siteIds().stream().anyMatch(actor::worksAt));
  }
}
