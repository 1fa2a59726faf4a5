package org.openv2v.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.audit.AuditTrail;
import org.openv2v.cases.CaseEventRecorded;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.safety.domain.FollowUpItem;
import org.openv2v.safety.domain.FollowUpKind;
import org.openv2v.safety.domain.FollowUpPlan;
import org.openv2v.safety.domain.OutcomeResponse;
import org.openv2v.safety.internal.FollowUpRows;
import org.openv2v.safety.internal.LymphodepletionRows;
import org.openv2v.safety.internal.SafetyProperties;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring and follow-up schedule of infused patients: planned when INFUSED is recorded,
 * marked done by the team, and listed as due or overdue for the coordinators' task list. Dates are
 * days in Asia/Seoul.
 */
@Service
@RequiredArgsConstructor
public class FollowUps {

  private final FollowUpRows rows;
  private final LymphodepletionRows lymphodepletions;
  private final SafetyProperties properties;
  private final CaseAccess access;
  private final AuditTrail audit;
  private final Clock clock;
  private final ZoneId zone;

  /** One item of a case's schedule; no patient identity, only the case it belongs to. */
  public record FollowUpView(
      UUID id,
      UUID caseId,
      String treatmentCentreId,
      FollowUpKind kind,
      int sequence,
      LocalDate windowOpens,
      LocalDate dueOn,
      String description,
      String source,
      Optional<LocalDate> doneOn,
      Optional<String> doneBy,
      Optional<String> note,
      Optional<OutcomeResponse> response,
      Optional<Boolean> refundEligible,
      boolean overdue,
      Optional<LocalDate> caseEndedOn) {}

  /** Plans the schedule, inside the transaction that records the infusion. */
  @EventListener
  void onInfused(CaseEventRecorded recorded) {
    if (recorded.event().type() != CaseEventType.INFUSED) {
      return;
    }
    UUID caseId = recorded.event().caseId();
    Optional<LymphodepletionRows.Row> course = lymphodepletions.latest(caseId);
    // The gate requires a recorded course, which carries the indication; without it no
    // indication-specific (HIRA lymphoma) items are planned.
    String indication = course.map(LymphodepletionRows.Row::indication).orElse("UNKNOWN");
    String centre =
        course.map(LymphodepletionRows.Row::treatmentCentreId).orElse(recorded.event().siteId());
    LocalDate infused = LocalDate.ofInstant(recorded.event().occurredAt(), zone);
    rows.plan(caseId, centre, FollowUpPlan.schedule(infused, indication, properties.rulesEra()));
  }

  /**
   * A closed or withdrawn case owes no more follow-up: its items not done stop counting as due or
   * overdue (they stay in the schedule, marked as ended with the case).
   */
  @EventListener
  void onEnded(CaseEventRecorded recorded) {
    CaseEventType type = recorded.event().type();
    if (type == CaseEventType.CLOSED || type == CaseEventType.WITHDRAWN) {
      rows.caseEnded(
          recorded.event().caseId(), LocalDate.ofInstant(recorded.event().occurredAt(), zone));
    }
  }

  @Transactional
  public List<FollowUpView> schedule(UUID caseId, Actor actor) {
    access.read(caseId, actor);
    LocalDate today = today();
    return rows.ofCase(caseId).stream().map(row -> view(row, today)).toList();
  }

  /**
   * Marks an item done. Outcome reports and response assessments take the Lugano response; for the
   * HIRA reports it is required, and non-response flags the case as refund-eligible.
   */
  @Transactional
  public FollowUpView markDone(
      UUID caseId,
      UUID itemId,
      LocalDate doneOn,
      Optional<String> note,
      Optional<OutcomeResponse> response,
      Actor actor) {
    access.write(caseId, actor, Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE);
    FollowUpRows.Row row =
        rows.find(itemId)
            .filter(found -> found.caseId().equals(caseId))
            .orElseThrow(
                () ->
                    Refusal.notFound("No follow-up item " + itemId + " on case " + caseId)
                        .withWords("refusal.followUp.notFound", itemId, caseId));
    if (doneOn.isAfter(today())) {
      throw Refusal.invalidField("doneOn", "is in the future").withWords("refusal.field.future");
    }
    FollowUpKind kind = row.item().kind();
    boolean outcome =
        kind == FollowUpKind.HIRA_OUTCOME_6_MONTHS || kind == FollowUpKind.HIRA_OUTCOME_12_MONTHS;
    boolean assessesResponse =
        outcome || kind == FollowUpKind.DAY_28_RESPONSE || kind == FollowUpKind.DAY_90_RESPONSE;
    if (outcome && response.isEmpty()) {
      throw Refusal.invalidField("response", "is required for a HIRA outcome report")
          .withWords("refusal.followUp.responseRequired");
    }
    if (!assessesResponse && response.isPresent()) {
      throw Refusal.invalidField("response", kind + " does not record a response")
          .withWords("refusal.followUp.noResponse", kind);
    }
    if (!rows.markDone(itemId, doneOn, actor.username(), note, response)) {
      throw new Refusal(Refusal.Kind.CONFLICT, "Follow-up item " + itemId + " is already done")
          .withWords("refusal.followUp.done", itemId);
    }
    return view(rows.find(itemId).orElseThrow(), today());
  }

  /** Items past their due date and not done, at the caller's sites: the coordinators' task list. */
  @Transactional
  public List<FollowUpView> overdue(Actor actor) {
    LocalDate today = today();
    return audited(
        actor,
        rows.openDueBefore(today, clinicalSites(actor)).stream()
            .filter(row -> !row.item().kind().isPeriod())
            .toList(),
        today);
  }

  /** Items whose window is open on the day and not done, at the caller's sites. */
  @Transactional
  public List<FollowUpView> dueOn(LocalDate day, Actor actor) {
    return audited(actor, rows.openDueOn(day, clinicalSites(actor)), today());
  }

  private List<FollowUpView> audited(Actor actor, List<FollowUpRows.Row> found, LocalDate today) {
    if (!found.isEmpty()) {
      audit.patientDataRead(
          actor,
          "LIST_FOLLOW_UP",
          found.stream().map(FollowUpRows.Row::caseId).distinct().toList(),
          false);
    }
    return found.stream().map(row -> view(row, today)).toList();
  }

  private static Set<String> clinicalSites(Actor actor) {
    return actor.is(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE, Role.AUDITOR)
        ? actor.siteIds()
        : Set.of();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  private static FollowUpView view(FollowUpRows.Row row, LocalDate today) {
    FollowUpItem item = row.item();
    return new FollowUpView(
        row.id(),
        row.caseId(),
        row.treatmentCentreId(),
        item.kind(),
        item.sequence(),
        item.windowOpens(),
        item.dueOn(),
        item.description(),
        item.source(),
        row.doneOn(),
        row.doneBy(),
        row.doneNote(),
        row.response(),
        row.refundEligible(),
        !item.kind().isPeriod()
            && row.doneOn().isEmpty()
            && row.caseEndedOn().isEmpty()
            && item.dueOn().isBefore(today),
        row.caseEndedOn());
  }
}
