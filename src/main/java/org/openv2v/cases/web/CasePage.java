package org.openv2v.cases.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.EventView;
import org.openv2v.cases.PatientView;
import org.openv2v.cases.Timeline;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.cases.domain.Milestones;
import org.openv2v.identity.domain.Din;

/** Everything the case page shows, already in words and local dates. */
record CasePage(
    UUID id,
    String reference,
    String din,
    Badge state,
    boolean ended,
    boolean identityWithheld,
    String patientName,
    String birthDate,
    Integer age,
    String sex,
    String mrn,
    String weight,
    String height,
    String productName,
    String productCode,
    String indication,
    String indicationDescription,
    String referredOn,
    String lastEvent,
    String centre,
    String apheresisSite,
    String manufacturingSite,
    String courier,
    List<Step> steps,
    List<Notice> notices,
    List<MilestoneCard> milestones,
    String zone,
    List<EventRow> events,
    List<String> nextEvents) {

  /** The main path of the journey, in order; the stepper names each with {@code step.<STATE>}. */
  static final List<CaseState> MAIN_PATH = CaseState.mainPath();

  static CasePage of(
      CaseView view, Timeline timeline, NetworkNames names, Formats formats, PageWords labels) {
    PatientView patient = view.patient();
    boolean withheld = view.identityRedacted();
    List<EventView> events = timeline.events();
    CaseState state = view.state();
    return new CasePage(
        view.id(),
        view.reference(),
        dinWithCheck(view.din()),
        Badge.of(state, labels),
        state.isEnded(),
        withheld,
        withheld ? null : patient.name(),
        withheld ? null : formats.date(patient.birthDate()),
        withheld || patient.birthDate() == null
            ? null
            : Period.between(patient.birthDate(), formats.today()).getYears(),
        labels.sex(patient.sex()),
        withheld ? null : patient.mrn(),
        measure(patient.weightKg(), "kg"),
        measure(patient.heightCm(), "cm"),
        names.brand(view.productCode()),
        view.productCode(),
        view.indication(),
        names.indication(view.productCode(), view.indication()),
        formats.date(view.referredAt()),
        formats.dateTime(view.lastEventAt()),
        names.site(view.treatmentCentreId()),
        names.site(view.apheresisSiteId()),
        names.site(view.manufacturingSiteId()),
        names.site(view.courierSiteId()),
        steps(state, events, formats, labels),
        notices(state, events, formats, labels),
        milestones(view.milestones(), state.isEnded(), labels),
        formats.zone().getId(),
        events.stream().map(e -> EventRow.of(e, names, formats, labels)).toList(),
        view.allowedEvents().stream().map(labels::event).toList());
  }

  public boolean interrupted() {
    return state.state().equals(CaseState.MANUFACTURING_FAILED.name())
        || state.state().equals(CaseState.WITHDRAWN.name());
  }

  /**
   * The main path as steps: those before the current one done (or passed over), the current one
   * marked, the rest to come. A failure or withdrawal is drawn as a red step of its own right after
   * the last step of the main path that the case reached.
   */
  static List<Step> steps(
      CaseState current, List<EventView> events, Formats formats, PageWords labels) {
    Map<CaseState, Instant> entered = new EnumMap<>(CaseState.class);
    events.forEach(event -> entered.put(event.state(), event.occurredAt()));
    List<CaseState> path = MAIN_PATH;
    List<Step> steps = new ArrayList<>();
    int position = path.indexOf(current);
    if (position >= 0) {
      for (int i = 0; i < path.size(); i++) {
        CaseState state = path.get(i);
        String status =
            i < position
                ? (entered.containsKey(state) ? "done" : "skipped")
                : i == position ? "current" : "upcoming";
        steps.add(step(state, status, i <= position ? entered.get(state) : null, formats, labels));
      }
      return steps;
    }
    int anchor = path.indexOf(lastMainState(events));
    for (int i = 0; i < path.size(); i++) {
      CaseState state = path.get(i);
      if (i <= anchor) {
        steps.add(
            step(
                state,
                entered.containsKey(state) ? "done" : "skipped",
                entered.get(state),
                formats,
                labels));
      } else {
        steps.add(step(state, "upcoming", null, formats, labels));
      }
      if (i == anchor) {
        boolean failed = current == CaseState.MANUFACTURING_FAILED;
        Instant at = entered.get(current);
        steps.add(
            new Step(
                current.name(),
                labels.get("step." + current.name()),
                failed ? "failed" : "withdrawn",
                formats.dayMonth(at),
                formats.iso(at)));
      }
    }
    return steps;
  }

  private static CaseState lastMainState(List<EventView> events) {
    // The last event is the failure or withdrawal itself; look at what came before it.
    for (int i = events.size() - 2; i >= 0; i--) {
      if (MAIN_PATH.contains(events.get(i).state())) {
        return events.get(i).state();
      }
    }
    return CaseState.REFERRED;
  }

  private static Step step(
      CaseState state, String status, Instant at, Formats formats, PageWords labels) {
    return new Step(
        state.name(),
        labels.get("step." + state.name()),
        status,
        formats.dayMonth(at),
        formats.iso(at));
  }

  static List<Notice> notices(
      CaseState current, List<EventView> events, Formats formats, PageWords labels) {
    List<Notice> notices = new ArrayList<>();
    Optional<EventView> last =
        events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    if (current == CaseState.MANUFACTURING_FAILED && last.isPresent()) {
      notices.add(
          new Notice(
              "alert",
              labels.get("notice.failedOn", formats.date(last.get().occurredAt())),
              sentence(last.get().note().orElse(null)) + labels.get("notice.failedNext")));
    } else if (current == CaseState.WITHDRAWN && last.isPresent()) {
      notices.add(
          new Notice(
              "alert",
              labels.get("notice.withdrawnOn", formats.date(last.get().occurredAt())),
              ending(last.get(), labels)));
    } else if (current == CaseState.CLOSED && last.isPresent()) {
      notices.add(
          new Notice(
              "info",
              labels.get("notice.closedOn", formats.date(last.get().occurredAt())),
              ending(last.get(), labels)));
    }
    if (current != CaseState.MANUFACTURING_FAILED) {
      earlierFailure(events, formats, labels).ifPresent(notices::add);
    }
    return notices;
  }

  /** A manufacturing failure the case has since moved past: how it went on. */
  private static Optional<Notice> earlierFailure(
      List<EventView> events, Formats formats, PageWords labels) {
    int failure = -1;
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).type() == CaseEventType.MANUFACTURING_FAILED) {
        failure = i;
      }
    }
    if (failure < 0) {
      return Optional.empty();
    }
    EventView failed = events.get(failure);
    StringBuilder detail = new StringBuilder(sentence(failed.note().orElse(null)));
    for (EventView after : events.subList(failure + 1, events.size())) {
      if (after.type() == CaseEventType.OUT_OF_SPEC_ACCEPTED) {
        detail.append(labels.get("notice.outOfSpecAccepted", formats.date(after.occurredAt())));
        break;
      }
      if (after.type() == CaseEventType.APHERESIS_COLLECTED) {
        detail.append(labels.get("notice.collectedAgain", formats.date(after.occurredAt())));
        break;
      }
    }
    return Optional.of(
        new Notice(
            "info",
            labels.get("notice.failedOn", formats.date(failed.occurredAt())),
            detail.toString().trim()));
  }

  /** Why a case was withdrawn or closed, then the note written with it. */
  private static String ending(EventView event, PageWords labels) {
    String reason =
        event.reason().map(labels::reason).orElseGet(() -> labels.get("notice.reasonNotGiven"));
    return (labels.get("notice.reason", reason) + " " + sentence(event.note().orElse(null)).trim())
        .trim();
  }

  private static String sentence(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String trimmed = text.trim();
    return trimmed + (trimmed.endsWith(".") ? " " : ". ");
  }

  static List<MilestoneCard> milestones(Milestones m, boolean ended, PageWords labels) {
    return List.of(
        MilestoneCard.of("referral-to-apheresis", m.referralToApheresisDays(), ended, labels),
        MilestoneCard.of("manufacturing-turnaround", m.apheresisToReleaseDays(), ended, labels),
        MilestoneCard.of("vein-to-vein", m.veinToVeinDays(), ended, labels),
        MilestoneCard.of("referral-to-infusion", m.referralToInfusionDays(), ended, labels));
  }

  private static String measure(BigDecimal value, String unit) {
    return value == null ? null : value.stripTrailingZeros().toPlainString() + " " + unit;
  }

  /** The chain-of-identity number as printed on the bags: FIN, year, sequence and boxed K. */
  private static String dinWithCheck(String din) {
    return din == null ? "—" : Din.parse(din).eyeReadableWithCheck();
  }
}
