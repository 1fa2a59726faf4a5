package org.openv2v.cases.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.shared.FieldProblem;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;

/**
 * A patient's case on its journey. It refuses, by itself, any event the journey does not allow, and
 * keeps every event it accepted: its state is always the last event's outcome.
 */
public final class Case {

  /** Clocks of sites and devices drift; an event a little ahead of ours is not "in the future". */
  static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

  private final UUID id;
  private final List<CaseEvent> history;

  private Case(UUID id, List<CaseEvent> history) {
    this.id = id;
    this.history = history;
  }

  /** Opens a case with its referral, the first event of every history. */
  public static Case refer(
      UUID id, UUID eventId, Instant referredAt, Instant now, String actor, String siteId) {
    refuseFuture(referredAt, now, "referredAt");
    // The database keeps microseconds; the answer must equal what a later read returns.
    referredAt = StoredTime.of(referredAt);
    CaseEvent referral =
        new CaseEvent(
            eventId,
            1,
            CaseEventType.REFERRED,
            Optional.empty(),
            CaseState.REFERRED,
            referredAt,
            now,
            actor,
            siteId,
            Optional.empty(),
            Optional.empty());
    return new Case(id, new ArrayList<>(List.of(referral)));
  }

  /** Rebuilds a case from its stored history, oldest first. */
  public static Case fromHistory(UUID id, List<CaseEvent> history) {
    if (history.isEmpty()) {
      throw new IllegalArgumentException("A case has at least its referral");
    }
    return new Case(id, new ArrayList<>(history));
  }

  public UUID id() {
    return id;
  }

  public CaseState state() {
    return last().to();
  }

  public List<CaseEvent> history() {
    return List.copyOf(history);
  }

  /**
   * Records the event if the journey allows it now, and answers the recorded event.
   *
   * @throws Refusal CONFLICT if the journey does not allow the event from the current state;
   *     INVALID if the reason does not fit the event; UNPROCESSABLE if it breaks chronology
   */
  public CaseEvent record(NewEvent request, String actor, Instant now) {
    CaseState from = state();
    CaseState to =
        Journey.next(from, request.type())
            .orElseThrow(
                () ->
                    new Refusal(Refusal.Kind.CONFLICT, refusedMessage(request.type(), from))
                        .withWords("refusal.event.notAllowed", request.type(), from));
    checkReason(request);
    refuseFuture(request.occurredAt(), now, "occurredAt");
    if (request.occurredAt().isBefore(last().occurredAt())) {
      throw new Refusal(
              Refusal.Kind.UNPROCESSABLE,
              "occurredAt "
                  + request.occurredAt()
                  + " is before the previous event ("
                  + last().type()
                  + " at "
                  + last().occurredAt()
                  + ")",
              List.of(new FieldProblem("occurredAt", "must not be before " + last().occurredAt())))
          .withWords(
              "refusal.event.beforePrevious",
              request.occurredAt(),
              last().type(),
              last().occurredAt());
    }
    CaseEvent event =
        new CaseEvent(
            request.eventId(),
            history.size() + 1,
            request.type(),
            Optional.of(from),
            to,
            request.occurredAt(),
            now,
            actor,
            request.siteId(),
            request.note(),
            request.reason());
    history.add(event);
    return event;
  }

  private CaseEvent last() {
    return history.get(history.size() - 1);
  }

  private static String refusedMessage(CaseEventType type, CaseState from) {
    var allowed = Journey.allowedFrom(from);
    return type
        + " is not allowed in state "
        + from
        + ". Allowed next events: "
        + (allowed.isEmpty() ? "none (the case has ended)" : allowed);
  }

  private static void checkReason(NewEvent request) {
    Class<? extends Enum<?>> reasons =
        switch (request.type()) {
          case WITHDRAWN -> WithdrawalReason.class;
          case CLOSED -> ClosureReason.class;
          default -> null;
        };
    if (reasons == null) {
      if (request.reason().isPresent()) {
        throw Refusal.invalidField("reason", "only WITHDRAWN and CLOSED events take a reason")
            .withWords("refusal.event.reasonNotTaken");
      }
      return;
    }
    List<String> allowed = Arrays.stream(reasons.getEnumConstants()).map(Enum::name).toList();
    if (request.reason().isEmpty() || !allowed.contains(request.reason().get())) {
      throw Refusal.invalidField("reason", request.type() + " needs a reason, one of " + allowed)
          .withWords("refusal.event.needsReason", request.type());
    }
  }

  private static void refuseFuture(Instant at, Instant now, String field) {
    if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
      throw new Refusal(
              Refusal.Kind.UNPROCESSABLE,
              field + " " + at + " is in the future",
              List.of(new FieldProblem(field, "must not be in the future")))
          .withWords("refusal.event.future", field, at);
    }
  }
}
