package org.openv2v.scheduling;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.jobs.JobRun;
import org.openv2v.jobs.JobRuns;
import org.openv2v.jobs.RunProgress;
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
import org.openv2v.scheduling.internal.PlanningRows;
import org.openv2v.scheduling.internal.SchedulingProperties;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
@RequiredArgsConstructor
public class Planning {

  private static final Logger log = LoggerFactory.getLogger(Planning.class);

  private final BookingRows bookingRows;
  private final CapacityRows capacityRows;
  private final PlanningRows rows;
  private final CapacityPictures pictures;
  private final SchedulingProperties properties;
  private final SolverFactory<Plan> solvers;
  private final JobRuns jobs;
  private final Bookings bookings;
  private final TransactionTemplate transactions;
  private final MeterRegistry meters;
  private final Clock clock;

  /** Starts a run over every waiting case of the network; answers at once with its id. */
  public PlanningRunView start(PlanningRequest request, Actor actor) {
    Bookings.requireRole(actor, "start planning runs", Role.COORDINATOR, Role.PHYSICIAN);
    int seconds = request.timeLimit().orElse(properties.plannerSeconds());
    int maxWait = request.maxWait().orElse(properties.maxWaitDays());
    UUID id =
        transactions.execute(
            tx -> {
              JobRun run =
                  jobs.submit(
                          PlanningWork.KIND,
                          "planning",
                          actor.username(),
                          new PlanningWork.Parameters(seconds, maxWait))
                      .orElseThrow();
              rows.insertRun(run.id(), actor.username(), run.submittedAt(), seconds, maxWait);
              return run.id();
            });
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

  /**
   * Solves a run on the node the job registry picked, and stores its plan; run again from the start
   * if that node died, so it first clears what an earlier attempt may have stored.
   */
  void solve(UUID id, int seconds, int maxWait, RunProgress progress) {
    try {
      CapacityPicture picture = pictures.now();
      Plan plan = problem(picture, maxWait);
      Planner.Result result =
          Planner.solve(
              solvers,
              plan,
              Duration.ofSeconds(seconds),
              (millis, best) -> {
                progress.fraction(Math.min(0.99, millis / (seconds * 1000.0)));
                progress.note(best.toString());
              });
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
            rows.clearResults(id);
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
      throw new IllegalStateException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** A run that failed for good, whichever node it ran on. */
  void failed(UUID id, String error) {
    log.error("Planning run {} failed: {}", id, error);
    rows.fail(id, error, clock.instant());
    meters.counter("openv2v.scheduling.planning.runs", "status", "FAILED").increment();
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
    Optional<JobRun> job = jobs.find(run.id());
    double progress = 1.0;
    if (run.status().equals("RUNNING")) {
      progress = job.map(j -> progress(j, run.timeLimitSeconds())).orElse(0.0);
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
        run.score().or(() -> job.flatMap(JobRun::note)),
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

  /** The share of its time limit a running run has spent, on whichever node it runs. */
  private double progress(JobRun job, int seconds) {
    if (job.state() != JobRun.State.RUNNING || job.startedAt().isEmpty()) {
      return job.progress();
    }
    double spent =
        Duration.between(job.startedAt().get(), clock.instant()).toMillis() / (seconds * 1000.0);
    return Math.max(job.progress(), Math.min(0.99, Math.max(0, spent)));
  }

  private static double round(double days) {
    return Math.round(days * 10) / 10.0;
  }
}
