package org.openv2v.cases.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;

/**
 * The one thing the reader should do next on this case, shown first on the case page: a link to the
 * panel or screen where it is done, or the journey event to record, one click away. Judged from the
 * case's state and the reader's role; the services still decide when it is done.
 *
 * @param key the message key of what to do ({@code next.<key>.title}, {@code .detail})
 * @param href where it is done (a panel's anchor or the bedside screen), or null
 * @param event the journey event recorded by the button, or null
 */
record NextAction(String key, String href, EventAction event) {

  private static final Set<Role> CLINICAL = Set.of(Role.PHYSICIAN, Role.NURSE);

  static Optional<NextAction> of(
      CaseView view, Actor actor, List<EventAction> actions, Set<String> panels) {
    UUID id = view.id();
    CaseState state = view.state();
    Optional<EventAction> forward =
        actions.stream().filter(action -> !action.stopsJourney()).findFirst();
    Role role = actor.role();
    if ((state == CaseState.PAYER_APPROVED || state == CaseState.MANUFACTURING_FAILED)
        && role == Role.COORDINATOR
        && panels.contains("booking")) {
      return Optional.of(new NextAction("book", "#panel-booking", null));
    }
    if (state == CaseState.LYMPHODEPLETION && CLINICAL.contains(role) && forward.isPresent()) {
      // The bedside MATCH comes before INFUSED can be recorded.
      return Optional.of(new NextAction("bedside", "/cases/" + id + "/bedside", forward.get()));
    }
    if (state == CaseState.RECEIVED_AT_SITE && CLINICAL.contains(role) && forward.isPresent()) {
      return Optional.of(new NextAction("lymphodepletion", "#panel-pre-infusion", forward.get()));
    }
    if ((state == CaseState.INFUSED || state == CaseState.MONITORING)
        && CLINICAL.contains(role)
        && panels.contains("assessments")) {
      return Optional.of(new NextAction("assess", "#panel-assessments", forward.orElse(null)));
    }
    if (custodyFirst(state, role) && panels.contains("custody") && forward.isPresent()) {
      // The cells change hands: the custody step is signed, then the journey event recorded.
      return Optional.of(new NextAction("custody", "#panel-custody", forward.get()));
    }
    return forward.map(action -> new NextAction("record", null, action));
  }

  /** States whose next event moves the cells, so a custody signature goes with it. */
  private static boolean custodyFirst(CaseState state, Role role) {
    return switch (state) {
      case APHERESIS_COLLECTED -> role == Role.COURIER || role == Role.COORDINATOR;
      case SHIPPED_TO_MANUFACTURER, IN_MANUFACTURING, RELEASED ->
          role == Role.MANUFACTURER || role == Role.COURIER;
      case SHIPPED_TO_SITE -> role == Role.NURSE || role == Role.COORDINATOR;
      default -> false;
    };
  }

  /** Whether the link leaves the case page (the bedside screen) rather than jumping within it. */
  public boolean leavesPage() {
    return href != null && !href.startsWith("#");
  }
}
