package org.openv2v.forecast.backtest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openv2v.cases.CaseHistory;
import org.openv2v.cases.OpenCase;
import org.openv2v.forecast.domain.ForwardSimulation;
import org.openv2v.forecast.internal.LiveQueue;
import org.openv2v.scheduling.CapacityView;
import org.openv2v.scheduling.ScheduleQueue;
import org.openv2v.simulation.network.NetworkScenario;

/**
 * Replays a recorded period: on every {@code step}-th day from {@code from} to {@code to} it
 * rebuilds the queue as it stood at the start of that day (in the network's zone), runs the same
 * forward simulation the live refresh runs, and sets each forecast beside what the records say
 * happened afterwards. Plain Java: the caller reads the records.
 */
public final class Backtest {

  /** The period and the simulation's settings. */
  public record Settings(
      LocalDate from,
      LocalDate to,
      int stepDays,
      long seed,
      int replications,
      int threads,
      int horizonWeeks,
      int withinDays) {

    public Settings {
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("The period ends before it starts");
      }
      if (stepDays < 1) {
        throw new IllegalArgumentException("The step must be at least one day");
      }
    }

    /** The days replayed: from, from + step, ..., up to to. */
    public List<LocalDate> days() {
      List<LocalDate> days = new ArrayList<>();
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(stepDays)) {
        days.add(d);
      }
      return days;
    }
  }

  /** The forecasts scored and their scores. */
  public record Result(
      Settings settings,
      Instant observedAt,
      int daysReplayed,
      List<ScoredForecast> forecasts,
      Scores.Calibration reached,
      Scores.Calibration within,
      Scores.Coverage coverage) {}

  private final NetworkScenario scenario;
  private final ZoneId zone;

  public Backtest(NetworkScenario scenario, ZoneId zone) {
    this.scenario = scenario;
    this.zone = zone;
  }

  /**
   * Scores the forecasts of the recorded period against the records as they stand at {@code
   * observedAt} (outcomes after it are unknown; days after it are not replayed).
   */
  public Result run(
      List<CaseHistory> histories, CapacityView capacity, Settings settings, Instant observedAt) {
    List<ScoredForecast> scored = new ArrayList<>();
    int replayed = 0;
    for (LocalDate day : settings.days()) {
      Instant asOf = day.atStartOfDay(zone).toInstant();
      if (asOf.isAfter(observedAt)) {
        break;
      }
      replayed++;
      scored.addAll(replay(histories, capacity, settings, day, asOf, observedAt));
    }
    return new Result(
        settings,
        observedAt,
        replayed,
        List.copyOf(scored),
        Scores.calibration(
            scored, ScoredForecast::probabilityInfused, ScoredForecast::reachedInfusion),
        Scores.calibration(
            scored, ScoredForecast::probabilityWithin, ScoredForecast::infusedWithin),
        Scores.coverage(scored));
  }

  private List<ScoredForecast> replay(
      List<CaseHistory> histories,
      CapacityView capacity,
      Settings settings,
      LocalDate day,
      Instant asOf,
      Instant observedAt) {
    List<OpenCase> open = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (CaseHistory h : histories) {
      Optional<OpenCase> then = PastQueue.asOf(h, asOf);
      if (then.isPresent()) {
        open.add(then.get());
        outcomes.add(Outcome.of(h));
      }
    }
    if (open.isEmpty()) {
      return List.of();
    }
    LiveQueue live = new LiveQueue(scenario, asOf, zone);
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LiveQueue.Inputs inputs =
        live.inputs(
            open,
            new ScheduleQueue(List.of(), List.of()),
            PastQueue.steadyCapacity(capacity, monday));
    List<ForwardSimulation.Within> forecasts =
        new ForwardSimulation(
                inputs.cases(), inputs.queues(), inputs.pathway(), settings.horizonWeeks())
            .runWithin(
                settings.replications(),
                settings.seed(),
                settings.threads(),
                settings.withinDays());
    Instant deadline = asOf.plus(settings.withinDays(), ChronoUnit.DAYS);
    List<ScoredForecast> scored = new ArrayList<>(open.size());
    for (int i = 0; i < open.size(); i++) {
      ForwardSimulation.Within w = forecasts.get(i);
      Outcome o = outcomes.get(i);
      scored.add(
          new ScoredForecast(
              day,
              open.get(i).id(),
              w.forecast().probabilityInfused(),
              w.probabilityInfusedWithin(),
              date(live, w.forecast().p10Day()),
              date(live, w.forecast().p90Day()),
              o.reachedInfusion(),
              o.infusedBy(deadline, observedAt),
              o.infusedAt().map(t -> t.atZone(zone).toLocalDate())));
    }
    return scored;
  }

  private static Optional<LocalDate> date(LiveQueue live, double day) {
    return Double.isNaN(day) ? Optional.empty() : Optional.of(live.date(day));
  }
}
