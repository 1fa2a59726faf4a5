package org.openv2v.forecast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.audit.AuditTrail;
import org.openv2v.cases.Cases;
import org.openv2v.cases.OpenCase;
import org.openv2v.forecast.domain.CaseForecast;
import org.openv2v.forecast.domain.ForwardSimulation;
import org.openv2v.forecast.internal.ForecastRows;
import org.openv2v.forecast.internal.LiveQueue;
import org.openv2v.scheduling.Bookings;
import org.openv2v.scheduling.Capacity;
import org.openv2v.security.Actor;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;
import org.openv2v.simulation.network.BuiltInScenarios;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.reference.ReferenceVocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live forecast: the network model run forward from today's real queue gives every open case
 * before infusion a date and a risk. {@link #refresh} computes and stores all of them (the cases
 * share the slots, so one change may move the others); the reads check role and site and are
 * audited.
 */
@Service
public class Forecasts {

  /** Changes whenever the model or its inputs' meaning change; stored with each forecast. */
  public static final String MODEL_VERSION = "forecast-1/korea-2023";

  private static final Logger log = LoggerFactory.getLogger(Forecasts.class);

  private final Cases cases;
  private final Bookings bookings;
  private final Capacity capacity;
  private final ForecastRows rows;
  private final AuditTrail audit;
  private final Clock clock;
  private final ZoneId zone;
  private final ForecastSettings settings;
  private final NetworkScenario scenario;
  private final ForecastDrift drift;

  Forecasts(
      Cases cases,
      Bookings bookings,
      Capacity capacity,
      ForecastRows rows,
      AuditTrail audit,
      Clock clock,
      ZoneId zone,
      ForecastSettings settings,
      ForecastDrift drift) {
    this.drift = drift;
    this.cases = cases;
    this.bookings = bookings;
    this.capacity = capacity;
    this.rows = rows;
    this.audit = audit;
    this.clock = clock;
    this.zone = zone;
    this.settings = settings;
    this.scenario = BuiltInScenarios.load(settings.scenario(), ReferenceVocabulary.get());
  }

  /** What a refresh did: how many cases it forecast and how long it took (wall clock). */
  public record Refreshed(int cases, Duration took, Instant computedAt) {}

  /** Recomputes and stores the forecast of every open case before infusion. */
  @Transactional
  public Refreshed refresh() {
    long started = System.nanoTime();
    rows.lockForRefresh();
    Instant now = StoredTime.now(clock);
    List<OpenCase> open = cases.openBeforeInfusion();
    LiveQueue live = live(now);
    LiveQueue.Inputs inputs = live.inputs(open, bookings.queue(), capacity.view());
    List<CaseForecast> computed =
        new ForwardSimulation(
                inputs.cases(), inputs.queues(), inputs.pathway(), settings.horizonWeeks())
            .run(settings.replications(), settings.seed(), settings.threads());
    List<ForecastRows.Stored> stored = new ArrayList<>(open.size());
    for (int i = 0; i < open.size(); i++) {
      CaseForecast f = computed.get(i);
      OpenCase c = open.get(i);
      stored.add(
          ForecastRows.Stored.of(
              c,
              new ForecastView(
                  c.id(),
                  Optional.of(c.reference()),
                  c.din(),
                  c.state(),
                  c.productCode(),
                  f.probabilityInfused(),
                  date(live, f.p10Day()),
                  date(live, f.p50Day()),
                  date(live, f.p90Day()),
                  f.mainRisk(),
                  f.losses(),
                  f.slotWaitP50Days(),
                  now,
                  MODEL_VERSION,
                  settings.seed(),
                  settings.replications())));
    }
    Map<UUID, ForecastRows.Stored> previous = new HashMap<>();
    rows.of(open.stream().map(OpenCase::id).toList()).forEach(p -> previous.put(p.caseId(), p));
    rows.replaceAll(stored);
    for (ForecastRows.Stored now0 : stored) {
      drift.check(previous.get(now0.caseId()), now0, settings.driftDays());
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    log.info("Forecast refreshed: {} open cases in {} ms", open.size(), took.toMillis());
    return new Refreshed(open.size(), took, now);
  }

  LiveQueue live(Instant now) {
    return new LiveQueue(scenario, now, zone);
  }

  /** The simulation's inputs as the records stand now (for the what-if). */
  LiveQueue.Inputs inputsNow(LiveQueue live) {
    return live.inputs(cases.openBeforeInfusion(), bookings.queue(), capacity.view());
  }

  ForecastSettings settings() {
    return settings;
  }

  private static Optional<LocalDate> date(LiveQueue live, double day) {
    return Double.isNaN(day) ? Optional.empty() : Optional.of(live.date(day));
  }

  /** One case's forecast, for someone who may see the case (else 404, as for the case). */
  @Transactional
  public ForecastView forCase(UUID caseId, Actor actor) {
    cases.find(caseId, actor); // the access check, and the audited read
    return rows.find(caseId)
        .map(s -> view(s, actor))
        .orElseThrow(
            () ->
                Refusal.notFound(
                        "No forecast for case "
                            + caseId
                            + ": only open cases before infusion are forecast")
                    .withWords("refusal.forecast.none", caseId));
  }

  /**
   * The stored forecast of a case without an access check, for callers that decide who sees it (the
   * patient's own status link) and show no identity.
   */
  @Transactional(readOnly = true)
  public Optional<ForecastView> ofCase(UUID caseId) {
    return rows.find(caseId).map(s -> view(s, null));
  }

  /**
   * The stored forecasts of these cases, without an access check or identity: for pages that have
   * read the cases themselves with one (Home's pipeline cards).
   */
  @Transactional(readOnly = true)
  public Map<UUID, ForecastView> ofCases(Collection<UUID> caseIds) {
    Map<UUID, ForecastView> found = new HashMap<>();
    for (ForecastRows.Stored s : rows.of(caseIds)) {
      found.put(s.caseId(), view(s, null));
    }
    return found;
  }

  /** The forecasts of the open cases at the reader's sites, earliest expected infusion first. */
  @Transactional
  public List<ForecastView> visibleTo(Actor actor) {
    if (!actor.role().worksOnCases()) {
      throw Refusal.forbidden("A " + actor.role() + " does not see cases' forecasts.")
          .withWords("refusal.forecast.role", actor.role());
    }
    List<ForecastRows.Stored> found = rows.visibleTo(actor.siteIds());
    if (!found.isEmpty()) {
      audit.patientDataRead(
          actor, "LIST_FORECASTS", found.stream().map(ForecastRows.Stored::caseId).toList(), false);
    }
    return found.stream().map(s -> view(s, actor)).toList();
  }

  private static ForecastView view(ForecastRows.Stored s, Actor actor) {
    boolean reference = actor != null && actor.role().seesPatientIdentity();
    return reference ? s.forecast() : s.forecast().withoutReference();
  }
}
