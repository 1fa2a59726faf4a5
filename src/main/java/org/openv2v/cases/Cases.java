package org.openv2v.cases;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.audit.AuditTrail;
import org.openv2v.cases.domain.Case;
import org.openv2v.cases.domain.CaseEvent;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.cases.domain.Journey;
import org.openv2v.cases.domain.Milestones;
import org.openv2v.cases.domain.NewEvent;
import org.openv2v.cases.internal.CaseRecord;
import org.openv2v.cases.internal.CaseRows;
import org.openv2v.cases.internal.EventRows;
import org.openv2v.cases.internal.RecordingPolicy;
import org.openv2v.identity.Identities;
import org.openv2v.network.Network;
import org.openv2v.network.Product;
import org.openv2v.network.Site;
import org.openv2v.security.Actor;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patients' cases: opening them on referral, recording their events, and showing them to the people
 * who work at the sites taking part. Every read of patient data is audited.
 */
@Service
@RequiredArgsConstructor
public class Cases {

  /**
   * What the timeline shows instead of a note written at a clinical site, to readers who may not
   * see it; pages show it in the reader's words.
   */
  public static final String WITHHELD_NOTE = "(clinical note withheld)";

  private final CaseRows cases;
  private final EventRows events;
  private final Network network;
  private final AuditTrail audit;
  private final MeterRegistry meters;
  private final Clock clock;
  private final ZoneId zone;
  // Resolved when used: the modules that provide clearances read cases themselves.
  private final ObjectProvider<InfusionClearance> clearances;
  private final Identities identities;
  private final ApplicationEventPublisher publisher;

  /** Opens a case for a referred patient at a treatment centre certified for the product. */
  @Transactional
  public CaseView refer(Referral referral, Actor actor) {
    if (!RecordingPolicy.mayRecord(actor.role(), CaseEventType.REFERRED)) {
      throw Refusal.forbidden("A " + actor.role() + " cannot refer patients")
          .withWords("refusal.case.referRole", actor.role());
    }
    Product product =
        network
            .product(referral.productCode())
            .orElseThrow(
                () ->
                    Refusal.invalidField("productCode", "no product " + referral.productCode())
                        .withWords("refusal.product.unknown", referral.productCode()));
    if (product.indication(referral.indication()).isEmpty()) {
      throw Refusal.invalidField(
              "indication",
              referral.indication()
                  + " is not an indication of "
                  + product.code()
                  + "; allowed: "
                  + product.indicationCodes())
          .withWords(
              "refusal.case.indication",
              referral.indication(),
              product.code(),
              product.indicationCodes());
    }
    Site centre = network.namedSite(referral.treatmentCentreId(), "treatmentCentreId");
    if (!centre.isTreatmentCentre()) {
      throw Refusal.invalidField("treatmentCentreId", centre.id() + " is not a treatment centre")
          .withWords("refusal.site.notCentre", centre.id());
    }
    if (!actor.worksAt(centre.id())) {
      throw Refusal.forbidden("You do not work at " + centre.id())
          .withWords("refusal.site.notYours", centre.id());
    }
    if (!centre.isCertifiedFor(product.code())) {
      throw new Refusal(
              Refusal.Kind.UNPROCESSABLE,
              centre.name() + " is not certified to give " + product.code())
          .withWords("refusal.case.notCertified", centre.name(), product.code());
    }
    Site apheresis =
        Optional.ofNullable(referral.apheresisSiteId())
            .map(id -> network.namedSite(id, "apheresisSiteId"))
            .orElse(centre);
    if (!apheresis.collectsCells()) {
      throw Refusal.invalidField("apheresisSiteId", apheresis.id() + " does not collect cells")
          .withWords("refusal.site.notApheresis", apheresis.id());
    }
    Site manufacturer =
        network
            .manufacturerOf(product.code())
            .orElseThrow(
                () ->
                    new Refusal(
                            Refusal.Kind.UNPROCESSABLE,
                            "No manufacturing facility in this network makes " + product.code())
                        .withWords("refusal.case.noManufacturer", product.code()));
    if (cases.hasOpenCase(centre.id(), referral.patient().mrn())) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "Patient " + referral.patient().mrn() + " already has an open case at " + centre.id())
          .withWords("refusal.case.openExists", referral.patient().mrn(), centre.id());
    }
    Instant now = now();
    UUID id = UUID.randomUUID();
    Case opened =
        Case.refer(
            id,
            UUID.randomUUID(),
            Optional.ofNullable(referral.referredAt()).orElse(now),
            now,
            actor.username(),
            centre.id());
    Instant referredAt = opened.history().get(0).occurredAt();
    CaseRecord record =
        new CaseRecord(
            id,
            cases.nextReference(),
            Optional.of(identities.allocate().text()),
            opened.state(),
            referral.patient(),
            product.code(),
            referral.indication(),
            centre.id(),
            apheresis.id(),
            manufacturer.id(),
            network.courier().map(Site::id),
            referredAt,
            now);
    cases.insert(record, now);
    opened.history().forEach(event -> events.append(id, event));
    meters.counter("openv2v.case.events", "type", CaseEventType.REFERRED.name()).increment();
    return view(record, opened.history(), actor);
  }

  /** Records an event on a case. Replaying an event id with the same content changes nothing. */
  @Transactional
  public RecordedEvent record(UUID caseId, NewEvent request, Actor actor) {
    CaseRecord record =
        cases
            .lock(caseId)
            .filter(c -> visibleTo(c, actor))
            .orElseThrow(() -> CaseIds.missing(caseId));
    Optional<EventRows.StoredEvent> earlier = events.find(request.eventId());
    if (earlier.isPresent()) {
      return replay(caseId, request, earlier.get());
    }
    if (!RecordingPolicy.mayRecord(actor.role(), request.type())) {
      throw Refusal.forbidden(
              request.type()
                  + " is recorded by "
                  + RecordingPolicy.recordersOf(request.type())
                  + ", not by a "
                  + actor.role())
          .withWords(
              "refusal.event.role",
              request.type(),
              RecordingPolicy.recordersOf(request.type()),
              actor.role());
    }
    network.namedSite(request.siteId(), "siteId");
    if (!actor.worksAt(request.siteId())) {
      throw Refusal.forbidden("You do not work at " + request.siteId())
          .withWords("refusal.site.notYours", request.siteId());
    }
    Case journey = Case.fromHistory(caseId, events.history(caseId));
    if (request.type() == CaseEventType.INFUSED
        && Journey.next(journey.state(), CaseEventType.INFUSED).isPresent()) {
      requireClearance(caseId);
    }
    Instant now = now();
    CaseEvent event = journey.record(request, actor.username(), now);
    events.append(caseId, event);
    cases.updateState(caseId, event.to(), now);
    meters.counter("openv2v.case.events", "type", event.type().name()).increment();
    EventView recorded = EventView.of(caseId, event);
    // Synchronous, inside this transaction: capacity held for a withdrawn case is released with
    // the withdrawal, or neither happens.
    publisher.publishEvent(new CaseEventRecorded(recorded, record.productCode()));
    return new RecordedEvent(recorded, false);
  }

  /**
   * Where the case stands, without the patient's identity and without an access check: callers that
   * show it decide who may see it (the patient's own status link, for one).
   */
  @Transactional(readOnly = true)
  public Optional<CaseProgress> progress(UUID id) {
    return cases
        .find(id)
        .map(
            record ->
                new CaseProgress(
                    id,
                    record.state(),
                    record.updatedAt(),
                    record.productCode(),
                    record.treatmentCentreId(),
                    record.apheresisSiteId()));
  }

  /**
   * The open cases before infusion, without identity and without an access check: for planning
   * models that run in the background (the forecast), whose callers decide who sees what.
   */
  @Transactional(readOnly = true)
  public List<OpenCase> openBeforeInfusion() {
    return cases.openBeforeInfusion();
  }

  /** Every case's recorded steps, without identity or access check: for the forecast's backtest. */
  @Transactional(readOnly = true)
  public List<CaseHistory> histories() {
    return cases.histories();
  }

  @Transactional
  public CaseView find(UUID id, Actor actor) {
    CaseRecord record = readable(id, actor);
    audit.patientDataRead(actor, "VIEW_CASE", List.of(id), actor.role().seesPatientIdentity());
    return view(record, events.history(id), actor);
  }

  @Transactional
  public List<CaseView> list(CaseQuery query, Actor actor) {
    List<CaseRecord> found =
        !actor.role().worksOnCases()
            ? List.of()
            : cases.list(query, actor.siteIds(), actor.role().seesPatientIdentity());
    if (!found.isEmpty()) {
      audit.patientDataRead(
          actor,
          "LIST_CASES",
          found.stream().map(CaseRecord::id).toList(),
          actor.role().seesPatientIdentity());
    }
    Map<UUID, List<CaseEvent>> histories =
        events.histories(found.stream().map(CaseRecord::id).toList());
    return found.stream().map(record -> view(record, histories.get(record.id()), actor)).toList();
  }

  @Transactional
  public Timeline timeline(UUID id, Actor actor) {
    CaseRecord record = readable(id, actor);
    audit.patientDataRead(actor, "VIEW_TIMELINE", List.of(id), actor.role().seesPatientIdentity());
    List<CaseEvent> history = events.history(id);
    CaseView shown = view(record, history, actor);
    return new Timeline(
        id,
        record.reference(),
        shown.state(),
        history.stream().map(event -> notesFor(shown, EventView.of(id, event))).toList(),
        shown.milestones());
  }

  private static EventView notesFor(CaseView shown, EventView event) {
    return event.note().isPresent() && shown.withholdsNotesWrittenAt(event.siteId())
        ? event.withNote(Optional.of(WITHHELD_NOTE))
        : event;
  }

  /**
   * The hard stop before infusion: every clearance must agree, and none can be overridden. All
   * unmet items are named at once, so that the team fixes them together rather than one by one.
   */
  private void requireClearance(UUID caseId) {
    List<String> refusals =
        clearances
            .orderedStream()
            .map(clearance -> clearance.refusal(caseId))
            .flatMap(Optional::stream)
            .toList();
    if (!refusals.isEmpty()) {
      throw new Refusal(Refusal.Kind.CONFLICT, "INFUSED is refused: " + String.join("; ", refusals))
          .withWords("refusal.infusion.notCleared");
    }
  }

  private RecordedEvent replay(UUID caseId, NewEvent request, EventRows.StoredEvent earlier) {
    if (!earlier.caseId().equals(caseId) || !earlier.event().matches(request)) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "Event id "
                  + request.eventId()
                  + " was already used for a different event; use a new id for a new event.")
          .withWords("refusal.event.idReused", request.eventId());
    }
    return new RecordedEvent(EventView.of(caseId, earlier.event()), true);
  }

  private CaseRecord readable(UUID id, Actor actor) {
    // A case outside the caller's sites is reported as absent, not forbidden: its existence is
    // itself patient information.
    return cases.find(id).filter(c -> visibleTo(c, actor)).orElseThrow(() -> CaseIds.missing(id));
  }

  private static boolean visibleTo(CaseRecord record, Actor actor) {
    return actor.role().worksOnCases() && actor.worksAtAnyOf(record.participants());
  }

  // The database keeps microseconds: what we answer must equal what a later read returns.
  private Instant now() {
    return StoredTime.now(clock);
  }

  private CaseView view(CaseRecord record, List<CaseEvent> history, Actor actor) {
    boolean identity = actor.role().seesPatientIdentity();
    CaseEvent last = history.get(history.size() - 1);
    CaseState state = last.to();
    return new CaseView(
        record.id(),
        record.reference(),
        record.din().orElse(null),
        state,
        PatientView.of(record.patient(), identity),
        !identity,
        record.productCode(),
        record.indication(),
        record.treatmentCentreId(),
        record.apheresisSiteId(),
        record.manufacturingSiteId(),
        record.courierSiteId().orElse(null),
        record.referredAt(),
        last.occurredAt(),
        record.updatedAt(),
        new LinkedHashSet<>(Journey.allowedFrom(state)),
        Milestones.of(history, zone));
  }
}
