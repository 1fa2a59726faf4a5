package org.openv2v.cases.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.ClosureReason;
import org.openv2v.cases.domain.WithdrawalReason;
import org.openv2v.cases.internal.RecordingPolicy;
import org.openv2v.security.Actor;
import org.openv2v.shared.Refusal;

/**
 * The events the case page offers: those the journey allows now that the reader's role records and
 * that the reader can record at one of the case's sites. {@code Cases.record} still decides.
 */
final class EventActions {

  private EventActions() {}

  static List<EventAction> of(CaseView view, Actor actor, PageWords labels) {
    if (siteOf(view, actor).isEmpty()) {
      return List.of();
    }
    return view.allowedEvents().stream()
        .filter(type -> RecordingPolicy.mayRecord(actor.role(), type))
        .map(
            type ->
                new EventAction(
                    type.name(),
                    labels.event(type),
                    reasonsOf(type).stream()
                        .map(code -> new EventAction.ReasonOption(code, labels.reason(code)))
                        .toList(),
                    UUID.randomUUID(),
                    type == CaseEventType.WITHDRAWN || type == CaseEventType.CLOSED))
        .toList();
  }

  /**
   * Where the reader records the event: the first of the case's sites, in journey order, at which
   * they work (a coordinator at the centre, a manufacturer at the plant, a courier at its base).
   */
  static String siteFor(CaseView view, Actor actor) {
    return siteOf(view, actor)
        .orElseThrow(
            () ->
                Refusal.forbidden("You work at none of this case's sites")
                    .withWords("refusal.case.noSite"));
  }

  private static Optional<String> siteOf(CaseView view, Actor actor) {
    return Stream.of(
            view.treatmentCentreId(),
            view.apheresisSiteId(),
            view.manufacturingSiteId(),
            view.courierSiteId())
        .filter(site -> site != null && actor.worksAt(site))
        .findFirst();
  }

  private static List<String> reasonsOf(CaseEventType type) {
    Class<? extends Enum<?>> reasons =
        switch (type) {
          case WITHDRAWN -> WithdrawalReason.class;
          case CLOSED -> ClosureReason.class;
          default -> null;
        };
    return reasons == null
        ? List.of()
        : Arrays.stream(reasons.getEnumConstants()).map(Enum::name).toList();
  }
}
