package org.openv2v.worklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.openv2v.alerts.Alert;
import org.openv2v.alerts.AlertQuery;
import org.openv2v.alerts.Alerts;
import org.openv2v.cases.CaseQuery;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.custody.CustodyLedger;
import org.openv2v.forecast.ForecastView;
import org.openv2v.forecast.Forecasts;
import org.openv2v.network.Network;
import org.openv2v.network.Product;
import org.openv2v.safety.Lymphodepletions;
import org.openv2v.scheduling.Bookings;
import org.openv2v.scheduling.CaseSchedule;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.openv2v.worklist.domain.CustodyExpectations;
import org.openv2v.worklist.domain.MissingSignature;
import org.openv2v.worklist.domain.Party;
import org.openv2v.worklist.domain.PipelineStage;
import org.openv2v.worklist.domain.SignatureDue;
import org.openv2v.worklist.domain.SignedStep;
import org.openv2v.worklist.domain.Waiting;
import org.springframework.stereotype.Service;

/**
 * The home of the people who look after patients: across every product and manufacturer at their
 * sites, what is late, what is due today, what others must do, the open cases by stage and the open
 * alerts. Cases are read through {@link Cases#list}, which checks sites and audits the read.
 */
@Service
@RequiredArgsConstructor
public class Worklist {

  /** The roles with a home; the others start elsewhere (see worklist.web.HomeController). */
  public static final Set<Role> READERS =
      EnumSet.of(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE, Role.AUDITOR);

  /** States whose booking tells the expected infusion date, or whether the case waits for one. */
  private static final Set<CaseState> SCHEDULED =
      EnumSet.of(
          CaseState.PAYER_APPROVED,
          CaseState.APHERESIS_SCHEDULED,
          CaseState.APHERESIS_COLLECTED,
          CaseState.SHIPPED_TO_MANUFACTURER,
          CaseState.IN_MANUFACTURING,
          CaseState.MANUFACTURING_FAILED,
          CaseState.RELEASED,
          CaseState.SHIPPED_TO_SITE,
          CaseState.RECEIVED_AT_SITE,
          CaseState.LYMPHODEPLETION);

  private final Cases cases;
  private final CustodyLedger custody;
  private final Bookings bookings;
  private final FollowUpTasks followUpTasks;
  private final ReportDeadlines reportDeadlines;
  private final Lymphodepletions lymphodepletions;
  private final Alerts alerts;
  private final Network network;
  private final WorklistProperties properties;
  private final Clock clock;
  private final ZoneId zone;
  private final Forecasts forecasts;

  public Home home(Actor actor) {
    if (!READERS.contains(actor.role())) {
      throw Refusal.forbidden("A " + actor.role() + " has no worklist home")
          .withWords("refusal.worklist.role", actor.role());
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    List<CaseView> open = openCases(actor);
    Map<UUID, CaseView> byId =
        open.stream().collect(Collectors.toMap(CaseView::id, v -> v, (a, b) -> a));
    Map<UUID, CaseSchedule> schedules = schedules(open, actor);
    Map<UUID, ForecastView> forecast = forecasts.ofCases(open.stream().map(CaseView::id).toList());
    Map<UUID, CaseCard> cards = new HashMap<>();
    for (CaseView view : open) {
      cards.put(
          view.id(),
          card(
              view,
              today,
              Optional.ofNullable(schedules.get(view.id())),
              Optional.ofNullable(forecast.get(view.id())).flatMap(Worklist::window)));
    }
    List<Task> tasks = new ArrayList<>();
    for (CaseView view : open) {
      CaseCard card = cards.get(view.id());
      LocalDate entered = LocalDate.ofInstant(view.lastEventAt(), zone);
      custodyTasks(view, card, entered, now, today, tasks);
      journeyTasks(
          view, card, entered, today, Optional.ofNullable(schedules.get(view.id())), tasks);
      infusionTasks(view, card, entered, today, actor, tasks);
    }
    followUpTasks.add(actor, today, byId, cards, tasks);
    Comparator<Task> oldestFirst =
        Comparator.comparing(Task::since).thenComparing(t -> t.caseCard().reference());
    return new Home(
        today,
        tasks.stream().filter(t -> t.bucket() == TaskBucket.OVERDUE).sorted(oldestFirst).toList(),
        tasks.stream().filter(t -> t.bucket() == TaskBucket.DUE_TODAY).sorted(oldestFirst).toList(),
        tasks.stream()
            .filter(t -> t.bucket() == TaskBucket.WAITING_ON_OTHERS)
            .sorted(oldestFirst)
            .toList(),
        reportDeadlines.of(open, cards, today, actor),
        pipeline(open, cards),
        alerts(actor, byId),
        open.size());
  }

  /** Every open case at the reader's sites, page by page, up to the configured bound. */
  private List<CaseView> openCases(Actor actor) {
    List<CaseView> open = new ArrayList<>();
    int pages = Math.max(1, properties.maxCases() / CaseQuery.MAX_SIZE);
    for (int page = 0; page < pages; page++) {
      List<CaseView> found =
          cases.list(
              new CaseQuery(Optional.empty(), Optional.empty(), page, CaseQuery.MAX_SIZE), actor);
      found.stream().filter(v -> !v.state().isEnded()).forEach(open::add);
      if (found.size() < CaseQuery.MAX_SIZE) {
        break;
      }
    }
    return open;
  }

  private Map<UUID, CaseSchedule> schedules(List<CaseView> open, Actor actor) {
    return bookings.schedules(
        open.stream()
            .filter(v -> SCHEDULED.contains(v.state()))
            .sorted(Comparator.comparing(CaseView::lastEventAt))
            .limit(properties.maxScheduleLookups())
            .map(CaseView::id)
            .toList(),
        actor);
  }

  private static Optional<CaseCard.Forecast> window(ForecastView f) {
    return f.p10().isPresent() && f.p90().isPresent()
        ? Optional.of(
            new CaseCard.Forecast(
                f.p10().get(), f.p90().get(), Math.round(f.probabilityInfused() * 100)))
        : Optional.empty();
  }

  private CaseCard card(
      CaseView view,
      LocalDate today,
      Optional<CaseSchedule> schedule,
      Optional<CaseCard.Forecast> window) {
    boolean withheld = view.identityRedacted() || view.patient().name() == null;
    return new CaseCard(
        view.id(),
        view.reference(),
        view.din() == null ? "" : view.din(),
        withheld ? "" : view.patient().name(),
        withheld,
        view.productCode(),
        network.product(view.productCode()).map(Product::brandName).orElse(view.productCode()),
        view.state().name(),
        ChronoUnit.DAYS.between(LocalDate.ofInstant(view.lastEventAt(), zone), today),
        schedule.flatMap(CaseSchedule::booking).map(b -> b.earliestInfusionDate()),
        window);
  }

  private void custodyTasks(
      CaseView view,
      CaseCard card,
      LocalDate entered,
      Instant now,
      LocalDate today,
      List<Task> tasks) {
    if (view.state().ordinal() < CaseState.APHERESIS_COLLECTED.ordinal()) {
      return;
    }
    List<SignedStep> ledger =
        custody.records(view.id()).stream().map(r -> new SignedStep(r.step(), r.siteId())).toList();
    for (MissingSignature missing :
        CustodyExpectations.missing(view.state(), ledger, view.manufacturingSiteId())) {
      TaskBucket bucket =
          missing.signer() != Party.TEAM
              ? TaskBucket.WAITING_ON_OTHERS
              : SignatureDue.overdue(missing, view.lastEventAt(), now, properties.custodyGrace())
                  ? TaskBucket.OVERDUE
                  : TaskBucket.DUE_TODAY;
      tasks.add(
          new Task(
              bucket,
              TaskKind.UNSIGNED_CUSTODY,
              missing.step().name(),
              1,
              entered,
              ChronoUnit.DAYS.between(entered, today),
              card));
    }
  }

  /**
   * The clinical team's steps towards the infusion: the product at the centre asks for
   * lymphodepletion; a finished course makes it the infusion day, with the bedside check next.
   */
  private void infusionTasks(
      CaseView view,
      CaseCard card,
      LocalDate entered,
      LocalDate today,
      Actor actor,
      List<Task> tasks) {
    long days = ChronoUnit.DAYS.between(entered, today);
    if (view.state() == CaseState.RECEIVED_AT_SITE) {
      tasks.add(
          new Task(
              TaskBucket.DUE_TODAY, TaskKind.START_LYMPHODEPLETION, "", 1, entered, days, card));
    }
    if (view.state() == CaseState.LYMPHODEPLETION
        && actor.is(Role.PHYSICIAN, Role.NURSE, Role.COORDINATOR)) {
      List<Lymphodepletions.Course> courses = lymphodepletions.of(view.id(), actor);
      Optional<LocalDate> finished =
          courses.isEmpty() ? Optional.empty() : courses.get(courses.size() - 1).finishedOn();
      if (finished.filter(day -> !day.isAfter(today)).isPresent()) {
        tasks.add(
            new Task(
                TaskBucket.DUE_TODAY,
                TaskKind.BEDSIDE_CHECK,
                "",
                1,
                finished.get(),
                ChronoUnit.DAYS.between(finished.get(), today),
                card));
      }
    }
  }

  private void journeyTasks(
      CaseView view,
      CaseCard card,
      LocalDate entered,
      LocalDate today,
      Optional<CaseSchedule> schedule,
      List<Task> tasks) {
    long days = ChronoUnit.DAYS.between(entered, today);
    Optional<Party> waitingOn = Waiting.on(view.state());
    if (waitingOn.isPresent()) {
      tasks.add(
          new Task(
              TaskBucket.WAITING_ON_OTHERS,
              TaskKind.WAITING_ON,
              waitingOn.get().name(),
              1,
              entered,
              days,
              card));
    }
    boolean booked = schedule.flatMap(CaseSchedule::booking).isPresent();
    boolean waitlisted =
        schedule
            .flatMap(CaseSchedule::waitlist)
            .filter(w -> w.status().equals("WAITING"))
            .isPresent();
    if (view.state() == CaseState.PAYER_APPROVED
        || view.state() == CaseState.MANUFACTURING_FAILED) {
      if (waitlisted) {
        LocalDate listed = LocalDate.ofInstant(schedule.get().waitlist().get().listedAt(), zone);
        tasks.add(
            new Task(
                TaskBucket.WAITING_ON_OTHERS,
                TaskKind.WAITLISTED,
                "",
                1,
                listed.isAfter(today) ? today : listed,
                Math.max(0, ChronoUnit.DAYS.between(listed, today)),
                card));
      } else if (!booked) {
        tasks.add(
            new Task(
                TaskBucket.DUE_TODAY,
                view.state() == CaseState.PAYER_APPROVED
                    ? TaskKind.TO_BOOK
                    : TaskKind.DECIDE_AFTER_FAILURE,
                "",
                1,
                entered,
                days,
                card));
      }
    }
  }

  private static List<PipelineColumn> pipeline(List<CaseView> open, Map<UUID, CaseCard> cards) {
    Map<PipelineStage, List<CaseCard>> columns = new EnumMap<>(PipelineStage.class);
    for (PipelineStage stage : PipelineStage.values()) {
      columns.put(stage, new ArrayList<>());
    }
    for (CaseView view : open) {
      PipelineStage.of(view.state())
          .ifPresent(stage -> columns.get(stage).add(cards.get(view.id())));
    }
    List<PipelineColumn> pipeline = new ArrayList<>();
    columns.forEach(
        (stage, all) ->
            pipeline.add(
                new PipelineColumn(
                    stage.name(),
                    all.size(),
                    all.stream()
                        .sorted(
                            Comparator.comparingLong(CaseCard::daysInStage)
                                .reversed()
                                .thenComparing(CaseCard::reference))
                        .limit(Home.CARDS_PER_COLUMN)
                        .toList())));
    return pipeline;
  }

  private List<AlertLine> alerts(Actor actor, Map<UUID, CaseView> open) {
    return alerts.visibleTo(actor, AlertQuery.open()).stream()
        .map(alert -> line(alert, open))
        .toList();
  }

  private AlertLine line(Alert alert, Map<UUID, CaseView> open) {
    return new AlertLine(
        alert.id(),
        alert.kind().name(),
        alert.severity().name(),
        alert.message(),
        alert.raisedAt().atZone(zone),
        alert.caseId(),
        alert.caseId().map(open::get).map(CaseView::reference),
        alert.wording());
  }
}
