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

  /** The main path of the journey, in order, with the stepper's short names. */
  static final Map<CaseState, String> MAIN_PATH = mainPath();

  static CasePage of(CaseView view, Timeline timeline, Names names, Formats formats) {
    PatientView patient = view.patient();
    boolean withheld = view.identityRedacted();
    List<EventView> events = timeline.events();
    CaseState state = view.state();
    return new CasePage(
        view.id(),
        view.reference(),
        dinWithCheck(view.din()),
        Badge.of(state),
        state.isEnded(),
        withheld,
        withheld ? null : patient.name(),
        withheld ? null : formats.date(patient.birthDate()),
        withheld || patient.birthDate() == null
            ? null
            : Period.between(patient.birthDate(), formats.today()).getYears(),
        Badge.words(patient.sex()),
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
        steps(state, events, formats),
        notices(state, events, formats),
        milestones(view.milestones(), state.isEnded()),
        formats.zone().getId(),
        events.stream().map(e -> EventRow.of(e, names, formats)).toList(),
        view.allowedEvents().stream().map(Badge::words).toList());
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
  static List<Step> steps(CaseState current, List<EventView> events, Formats formats) {
    Map<CaseState, Instant> entered = new EnumMap<>(CaseState.class);
    events.forEach(event -> entered.put(event.state(), event.occurredAt()));
    List<CaseState> path = List.copyOf(MAIN_PATH.keySet());
    List<Step> steps = new ArrayList<>();
    int position = path.indexOf(current);
    if (position >= 0) {
      for (int i = 0; i < path.size(); i++) {
        CaseState state = path.get(i);
        String status =
            i < position
                ? (entered.containsKey(state) ? "done" : "skipped")
                : i == position ? "current" : "upcoming";
        steps.add(step(state, status, i <= position ? entered.get(state) : null, formats));
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
                formats));
      } else {
        steps.add(step(state, "upcoming", null, formats));
      }
      if (i == anchor) {
        boolean failed = current == CaseState.MANUFACTURING_FAILED;
        Instant at = entered.get(current);
        steps.add(
            new Step(
                current.name(),
                failed ? "Manu\u00adfacturing failed" : "Withdrawn",
                failed ? "failed" : "withdrawn",
                formats.date(at),
                formats.iso(at)));
      }
    }
    return steps;
  }

  private static CaseState lastMainState(List<EventView> events) {
    // The last event is the failure or withdrawal itself; look at what came before it.
    for (int i = events.size() - 2; i >= 0; i--) {
      if (MAIN_PATH.containsKey(events.get(i).state())) {
        return events.get(i).state();
      }
    }
    return CaseState.REFERRED;
  }

  private static Step step(CaseState state, String status, Instant at, Formats formats) {
    return new Step(state.name(), MAIN_PATH.get(state), status, formats.date(at), formats.iso(at));
  }

  static List<Notice> notices(CaseState current, List<EventView> events, Formats formats) {
    List<Notice> notices = new ArrayList<>();
    Optional<EventView> last =
        events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    if (current == CaseState.MANUFACTURING_FAILED && last.isPresent()) {
      notices.add(
          new Notice(
              "alert",
              "Manufacturing failed on " + formats.date(last.get().occurredAt()),
              sentence(last.get().note().orElse(null))
                  + "Next: collect cells again, or the physician accepts the out-of-specification product."));
    } else if (current == CaseState.WITHDRAWN && last.isPresent()) {
      notices.add(
          new Notice(
              "alert",
              "Withdrawn on " + formats.date(last.get().occurredAt()),
              "Reason: "
                  + last.get().reason().map(Badge::words).orElse("not given")
                  + ". "
                  + sentence(last.get().note().orElse(null)).trim()));
    } else if (current == CaseState.CLOSED && last.isPresent()) {
      notices.add(
          new Notice(
              "info",
              "Closed on " + formats.date(last.get().occurredAt()),
              "Reason: "
                  + last.get().reason().map(Badge::words).orElse("not given")
                  + ". "
                  + sentence(last.get().note().orElse(null)).trim()));
    }
    if (current != CaseState.MANUFACTURING_FAILED) {
      earlierFailure(events, formats).ifPresent(notices::add);
    }
    return notices;
  }

  /** A manufacturing failure the case has since moved past: how it went on. */
  private static Optional<Notice> earlierFailure(List<EventView> events, Formats formats) {
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
        detail
            .append("The physician accepted the out-of-specification product on ")
            .append(formats.date(after.occurredAt()))
            .append('.');
        break;
      }
      if (after.type() == CaseEventType.APHERESIS_COLLECTED) {
        detail
            .append("Cells were collected again on ")
            .append(formats.date(after.occurredAt()))
            .append("; the milestones count from that collection.");
        break;
      }
    }
    return Optional.of(
        new Notice(
            "info",
            "Manufacturing failed on " + formats.date(failed.occurredAt()),
            detail.toString().trim()));
  }

  private static String sentence(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String trimmed = text.trim();
    return trimmed + (trimmed.endsWith(".") ? " " : ". ");
  }

  static List<MilestoneCard> milestones(Milestones m, boolean ended) {
    return List.of(
        MilestoneCard.of(
            "referral-to-apheresis",
            "Referral → apheresis",
            "time to collection",
            m.referralToApheresisDays(),
            ended,
            "From referral to the collection whose cells were used."),
        MilestoneCard.of(
            "manufacturing-turnaround",
            "Manufacturing turnaround",
            "apheresis → release",
            m.apheresisToReleaseDays(),
            ended,
            "From that collection to release, or to acceptance of an out-of-specification product."),
        MilestoneCard.of(
            "vein-to-vein",
            "Vein-to-vein",
            "apheresis → infusion",
            m.veinToVeinDays(),
            ended,
            "From the collection whose cells were infused to infusion; a repeat collection restarts it."),
        MilestoneCard.of(
            "referral-to-infusion",
            "Referral → infusion",
            "time to treatment",
            m.referralToInfusionDays(),
            ended,
            "From referral to infusion, however many collections it took."));
  }

  private static String measure(BigDecimal value, String unit) {
    return value == null ? null : value.stripTrailingZeros().toPlainString() + " " + unit;
  }

  private static Map<CaseState, String> mainPath() {
    Map<CaseState, String> path = new java.util.LinkedHashMap<>();
    path.put(CaseState.REFERRED, "Referred");
    path.put(CaseState.ELIGIBILITY_CONFIRMED, "Eligibility confirmed");
    path.put(CaseState.PAYER_APPROVED, "Payer approved");
    path.put(CaseState.APHERESIS_SCHEDULED, "Apheresis scheduled");
    path.put(CaseState.APHERESIS_COLLECTED, "Cells collected");
    path.put(CaseState.SHIPPED_TO_MANUFACTURER, "Shipped to manu\u00adfacturer");
    path.put(CaseState.IN_MANUFACTURING, "In manu\u00adfacturing");
    path.put(CaseState.RELEASED, "Released");
    path.put(CaseState.SHIPPED_TO_SITE, "Shipped to site");
    path.put(CaseState.RECEIVED_AT_SITE, "Received at site");
    path.put(CaseState.LYMPHODEPLETION, "Lympho\u00addepletion");
    path.put(CaseState.INFUSED, "Infused");
    path.put(CaseState.MONITORING, "Monitoring");
    path.put(CaseState.FOLLOW_UP, "Follow-up");
    path.put(CaseState.CLOSED, "Closed");
    return java.util.Collections.unmodifiableMap(path);
  }

  /** The chain-of-identity number as printed on the bags: FIN, year, sequence and boxed K. */
  private static String dinWithCheck(String din) {
    return din == null ? "—" : Din.parse(din).eyeReadableWithCheck();
  }
}
