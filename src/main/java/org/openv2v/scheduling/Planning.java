package org.openv2v.scheduling;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openv2v.cases.CaseView;
import org.openv2v.scheduling.domain.OptionId;
import org.openv2v.scheduling.domain.plan.Choice;
import org.openv2v.scheduling.domain.plan.JourneyDates;
import org.openv2v.scheduling.domain.plan.Plan;
import org.openv2v.scheduling.domain.plan.PlanOutcome;
import org.openv2v.scheduling.domain.plan.Planner;
import org.openv2v.scheduling.domain.plan.PlanningPolicy;
import org.openv2v.scheduling.domain.plan.WaitingCase;
import org.openv2v.scheduling.internal.BookingRows;
import org.openv2v.scheduling.internal.CapacityPicture;
import org.openv2v.scheduling.internal.CapacityPictures;
import org.openv2v.scheduling.internal.CapacityRows;
import org.openv2v.scheduling.internal.PlanningJobs;
import org.openv2v.scheduling.internal.PlanningRows;
import org.openv2v.scheduling.internal.SchedulingProperties;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Network-wide planning: every waiting case is given a slot and a collection day by the solver, in
 * the background and within a time limit, and compared with first come, first served on the same
 * cases. The plan is a proposal: a coordinator accepts or rejects each case's assignment, and
 * accepting books through the same atomic path as a manual booking.
 */
@Service
public class Planning {

  private static final Logger log = LoggerFactory.getLogger(Planning.class);

  private final BookingRows bookingRows;
  private final CapacityRows capacityRows;
  private final PlanningRows rows;
  private final CapacityPictures pictures;
  private final SchedulingProperties properties;
  private final SolverFactory<Plan> solvers;
  private final PlanningJobs jobs;
  private final Bookings bookings;
  private final TransactionTemplate transactions;
  private final MeterRegistry meters;
  private final Clock clock;
  private final Map<UUID, Progress> running = new ConcurrentHashMap<>();
  private final Map<UUID, String> bestSoFar = new ConcurrentHashMap<>();

  private record Progress(long startedNanos, long limitNanos, boolean started) {}

  Planning(
      BookingRows bookingRows,
      CapacityRows capacityRows,
      PlanningRows rows,
      CapacityPictures pictures,
      SchedulingProperties properties,
      SolverFactory<Plan> solvers,
      PlanningJobs jobs,
      Bookings bookings,
      TransactionTemplate transactions,
      MeterRegistry meters,
      Clock clock) {
    this.bookingRows = bookingRows;
    this.capacityRows = capacityRows;
    this.rows = rows;
    this.pictures = pictures;
    this.properties = properties;
    this.solvers = solvers;
    this.jobs = jobs;
    this.bookings = bookings;
    this.transactions = transactions;
    this.meters = meters;
    this.clock = clock;
  }

  /** Runs are in memory while they solve: any left RUNNING by an earlier start were cut off. */
  @EventListener(ApplicationReadyEvent.class)
  void failInterruptedRuns() {
    int interrupted = rows.failInterrupted(clock.instant());
    if (interrupted > 0) {
      log.warn("{} planning run(s) were interrupted by the last stop; marked FAILED", interrupted);
    }
  }

  /** Starts a run over every waiting case of the network; answers at once with its id. */
  public PlanningRunView start(PlanningRequest request, Actor actor) {
    Bookings.requireRole(actor, "start planning runs", Role.COORDINATOR, Role.PHYSICIAN);
    int seconds = request.timeLimit().orElse(properties.plannerSeconds());
    int maxWait = request.maxWait().orElse(properties.maxWaitDays());
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    rows.insertRun(id, actor.username(), now, seconds, maxWait);
    running.put(id, new Progress(System.nanoTime(), Duration.ofSeconds(seconds).toNanos(), false));
    jobs.submit(() -> solve(id, seconds, maxWait));
    return view(rows.run(id).orElseThrow(), actor);
  }

  public PlanningRunView run(UUID id, Actor actor) {
    Bookings.requireRole(actor, "see planning runs", Role.COORDINATOR, Role.PHYSICIAN);
    return view(
        rows.run(id)
            .orElseThrow(
                () ->
                    Refusal.notFound("No planning run " + id)
                        .withWords("refusal.planning.runNotFound", id)),
        actor);
  }

  /** Accepts a case's proposal: books it now, or answers 409 if the capacity went meanwhile. */
  @Transactional
  public BookingView accept(UUID runId, UUID caseId, Actor actor) {
    Bookings.requireRole(actor, "accept proposals", Role.COORDINATOR);
    PlanningRows.AssignmentRow assignment = proposal(runId, caseId, actor);
    if (assignment.slotId().isEmpty() || assignment.apheresisDate().isEmpty()) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "The plan found no slot for case " + caseId + "; it stays on the waitlist")
          .withWords("refusal.planning.noSlot", caseId);
    }
    CaseView found = bookings.bookableCase(caseId, actor);
    BookingView booked =
        bookings.reserve(
            found,
            new OptionId(
                assignment.apheresisSiteId(),
                assignment.apheresisDate().get(),
                assignment.slotId().get()),
            actor);
    rows.decide(runId, caseId, "ACCEPTED", actor.username(), clock.instant(), null);
    meters.counter("openv2v.scheduling.proposals", "decision", "ACCEPTED").increment();
    return booked;
  }

  @Transactional
  public PlanningRunView.Assignment reject(UUID runId, UUID caseId, String note, Actor actor) {
    Bookings.requireRole(actor, "reject proposals", Role.COORDINATOR, Role.PHYSICIAN);
    proposal(runId, caseId, actor);
    rows.decide(runId, caseId, "REJECTED", actor.username(), clock.instant(), note);
    meters.counter("openv2v.scheduling.proposals", "decision", "REJECTED").increment();
    PlanningRows.AssignmentRow decided = rows.lockAssignment(runId, caseId).orElseThrow();
    return assignment(decided, pictures.now());
  }

  private PlanningRows.AssignmentRow proposal(UUID runId, UUID caseId, Actor actor) {
    PlanningRows.AssignmentRow assignment =
        rows.lockAssignment(runId, caseId)
            .filter(a -> actor.worksAt(a.centreId()) || actor.worksAt(a.apheresisSiteId()))
            .orElseThrow(
                () ->
                    Refusal.notFound("No proposal for case " + caseId + " in run " + runId)
                        .withWords("refusal.planning.noProposal", caseId, runId));
    if (!assignment.decision().equals("PROPOSED")) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "The proposal for case " + caseId + " was already " + assignment.decision())
          .withWords("refusal.planning.decided", caseId, assignment.decision());
    }
    return assignment;
  }

  private void solve(UUID id, int seconds, int maxWait) {
    try {
      CapacityPicture picture = pictures.now();
      Plan plan = problem(picture, maxWait);
      running.put(id, new Progress(System.nanoTime(), Duration.ofSeconds(seconds).toNanos(), true));
      Planner.Result result =
          Planner.solve(
              solvers,
              plan,
              Duration.ofSeconds(seconds),
              (millis, best) -> bestSoFar.put(id, best.toString()));
      Plan solved = result.plan();
      Map<String, Choice> fifo = result.fifoChoices();
      PlanOutcome fifoOutcome = result.fifo();
      String score = "0hard/0medium/0soft";
      List<PlanningRows.ConstraintRow> constraints = new ArrayList<>();
      if (!solved.cases().isEmpty()) {
        ScoreAnalysis<HardMediumSoftLongScore> analysis =
            SolutionManager.<Plan, HardMediumSoftLongScore>create(solvers).analyze(solved);
        score = analysis.score().toString();
        analysis
            .constraintAnalyses()
            .forEach(
                c ->
                    constraints.add(
                        new PlanningRows.ConstraintRow(
                            c.constraintName(), c.score().toString(), c.matchCount())));
      }
      PlanOutcome outcome = result.outcome();
      Plan solvedPlan = solved;
      String finalScore = score;
      transactions.executeWithoutResult(
          tx -> {
            constraints.forEach(c -> rows.insertConstraint(id, c));
            for (WaitingCase waiting : solvedPlan.cases()) {
              rows.insertAssignment(id, assignmentRow(waiting, fifo, picture));
            }
            rows.finish(
                id,
                new PlanningRows.Outcome(
                    finalScore,
                    round(outcome.weightedMeanWaitDays()),
                    round(fifoOutcome.weightedMeanWaitDays()),
                    outcome.maxWaitDays(),
                    fifoOutcome.maxWaitDays(),
                    outcome.unassigned(),
                    fifoOutcome.unassigned()),
                clock.instant());
          });
      meters.counter("openv2v.scheduling.planning.runs", "status", "DONE").increment();
    } catch (RuntimeException e) {
      log.error("Planning run {} failed", id, e);
      rows.fail(id, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
      meters.counter("openv2v.scheduling.planning.runs", "status", "FAILED").increment();
    } finally {
      running.remove(id);
      bestSoFar.remove(id);
    }
  }

  /** Every waiting case, with today's free capacity. */
  private Plan problem(CapacityPicture picture, int maxWait) {
    List<BookingRows.Waiting> waiting = bookingRows.waitingCases();
    Map<UUID, BookingRows.Route> routes =
        bookingRows.routes(waiting.stream().map(BookingRows.Waiting::caseId).toList()).stream()
            .collect(Collectors.toMap(BookingRows.Route::caseId, Function.identity()));
    List<WaitingCase> cases = new ArrayList<>();
    for (BookingRows.Waiting w : waiting) {
      BookingRows.Route route = routes.get(w.caseId());
      if (route == null) {
        continue;
      }
      cases.add(
          picture.waitingCase(
              route,
              (int) Math.round(w.priority() * 100),
              LocalDate.ofInstant(w.listedAt(), pictures.zone()),
              w.earliestApheresis(),
              w.unavailable(),
              properties.infusionLeadDays()));
    }
    return new Plan(picture.planSlots(), picture.freeChairs(), new PlanningPolicy(maxWait), cases);
  }

  private PlanningRows.AssignmentRow assignmentRow(
      WaitingCase waiting, Map<String, Choice> fifo, CapacityPicture picture) {
    UUID caseId = UUID.fromString(waiting.caseId());
    Optional<Integer> fifoWait =
        Optional.ofNullable(fifo.get(waiting.caseId()))
            .map(c -> waiting.waitDaysFor(c.slot(), c.offset()));
    if (!waiting.isAssigned()) {
      return new PlanningRows.AssignmentRow(
          caseId,
          waiting.centreId(),
          waiting.apheresisSiteId(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          fifoWait,
          waiting.priorityWeight() / 100.0,
          "PROPOSED",
          Optional.empty(),
          Optional.empty());
    }
    JourneyDates dates = waiting.dates();
    return new PlanningRows.AssignmentRow(
        caseId,
        waiting.centreId(),
        waiting.apheresisSiteId(),
        Optional.of(UUID.fromString(waiting.slot().id())),
        Optional.of(dates.apheresis()),
        Optional.of(dates.release()),
        Optional.of(dates.arrivalAtCentre()),
        Optional.of(dates.earliestInfusion()),
        Optional.of(waiting.waitDays()),
        fifoWait,
        waiting.priorityWeight() / 100.0,
        "PROPOSED",
        Optional.empty(),
        Optional.empty());
  }

  private PlanningRunView view(PlanningRows.Run run, Actor actor) {
    CapacityPicture picture = pictures.now();
    double progress = 1.0;
    if (run.status().equals("RUNNING")) {
      Progress p = running.get(run.id());
      progress =
          p == null || !p.started()
              ? 0.0
              : Math.min(0.99, (System.nanoTime() - p.startedNanos()) / (double) p.limitNanos());
    }
    List<PlanningRunView.Assignment> visible =
        rows.assignments(run.id()).stream()
            .filter(a -> actor.worksAt(a.centreId()) || actor.worksAt(a.apheresisSiteId()))
            .map(a -> assignment(a, picture))
            .toList();
    return new PlanningRunView(
        run.id(),
        run.status(),
        Math.round(progress * 1000) / 1000.0,
        run.score().or(() -> Optional.ofNullable(bestSoFar.get(run.id()))),
        rows.constraints(run.id()).stream()
            .map(c -> new PlanningRunView.ConstraintScore(c.name(), c.score(), c.matches()))
            .toList(),
        rows.assignmentCount(run.id()),
        run.weightedMeanWaitDays(),
        run.fifoWeightedMeanWaitDays(),
        run.maxWaitDaysPlanned(),
        run.fifoMaxWaitDays(),
        run.maxWaitDays(),
        run.unassigned(),
        run.fifoUnassigned(),
        run.timeLimitSeconds(),
        run.startedAt(),
        run.finishedAt(),
        run.error(),
        visible);
  }

  private PlanningRunView.Assignment assignment(
      PlanningRows.AssignmentRow a, CapacityPicture picture) {
    Optional<SlotView> slot = a.slotId().flatMap(capacityRows::slot).map(picture::view);
    Optional<String> optionId =
        a.slotId()
            .flatMap(
                s -> a.apheresisDate().map(d -> new OptionId(a.apheresisSiteId(), d, s).text()));
    return new PlanningRunView.Assignment(
        a.caseId(),
        a.centreId(),
        a.apheresisSiteId(),
        a.priority(),
        optionId,
        a.apheresisDate(),
        slot,
        a.expectedRelease(),
        a.expectedArrival(),
        a.earliestInfusion(),
        a.waitDays(),
        a.fifoWaitDays(),
        a.decision(),
        a.decidedBy(),
        a.decidedAt());
  }

  private static double round(double days) {
    return Math.round(days * 10) / 10.0;
  }
}
