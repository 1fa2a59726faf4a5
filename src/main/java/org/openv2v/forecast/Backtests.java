package org.openv2v.forecast;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.openv2v.cases.CaseHistory;
import org.openv2v.cases.Cases;
import org.openv2v.forecast.backtest.Backtest;
import org.openv2v.forecast.backtest.BacktestRecords;
import org.openv2v.scheduling.Capacity;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.openv2v.simulation.network.BuiltInScenarios;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.reference.ReferenceVocabulary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The backtest on the platform's own records: the forecasts a refresh would have made on past days,
 * scored against what happened. For coordinators and planners; the answer holds scores only, no
 * case, so it reads no patient data.
 */
@Service
public class Backtests {

  /** Infusion within this many days of the forecast is the scored window (as the what-if's). */
  public static final int WITHIN_DAYS = 90;

  /** Longest period replayed, and smallest and largest step (days). */
  static final int MAX_PERIOD_DAYS = 1096;

  static final int MAX_STEP_DAYS = 91;

  /** No record of the platform is older. */
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private final Cases cases;
  private final Capacity capacity;
  private final Clock clock;
  private final ZoneId zone;
  private final ForecastSettings settings;
  private final NetworkScenario scenario;

  Backtests(Cases cases, Capacity capacity, Clock clock, ZoneId zone, ForecastSettings settings) {
    this.cases = cases;
    this.capacity = capacity;
    this.clock = clock;
    this.zone = zone;
    this.settings = settings;
    this.scenario = BuiltInScenarios.load(settings.scenario(), ReferenceVocabulary.get());
  }

  /** The default period: the last year up to today, in the network's zone. */
  public LocalDate today() {
    return clock.instant().atZone(zone).toLocalDate();
  }

  /** Replays the period on the records as they stand now and scores it. */
  @Transactional(readOnly = true)
  public Backtest.Result run(LocalDate from, LocalDate to, int stepDays, long seed, Actor actor) {
    mayRun(actor);
    Backtest.Settings period = settings(from, to, stepDays, seed);
    BacktestRecords records = read();
    return new Backtest(scenario, zone)
        .run(records.histories(), records.capacity(), period, records.observedAt());
  }

  /**
   * The records a backtest reads, with the case ids replaced, for the command-line replay: for
   * planners only (network-wide, as the network model needs them; coordinators see the scores).
   */
  @Transactional(readOnly = true)
  public BacktestRecords records(Actor actor) {
    if (actor.role() != Role.PLANNER) {
      throw Refusal.forbidden("Only a planner exports the records of the backtest.")
          .withWords("refusal.backtest.records");
    }
    return read();
  }

  private BacktestRecords read() {
    List<CaseHistory> histories = cases.histories();
    List<CaseHistory> anonymous =
        IntStream.range(0, histories.size()).mapToObj(i -> withId(histories.get(i), i)).toList();
    return new BacktestRecords(
        clock.instant().truncatedTo(ChronoUnit.SECONDS), zone.getId(), anonymous, capacity.view());
  }

  /** The period checked: clear words for a client's mistake, never a stack trace. */
  Backtest.Settings settings(LocalDate from, LocalDate to, int stepDays, long seed) {
    LocalDate latest = today().plusYears(1);
    if (from.isBefore(EARLIEST) || to.isAfter(latest)) {
      throw Refusal.invalidField(
              from.isBefore(EARLIEST) ? "from" : "to", "between 2000 and a year ahead")
          .withWords("refusal.backtest.range");
    }
    if (to.isBefore(from)) {
      throw Refusal.invalidField("to", "the period ends before it starts")
          .withWords("refusal.backtest.period");
    }
    if (ChronoUnit.DAYS.between(from, to) > MAX_PERIOD_DAYS) {
      throw Refusal.invalidField("from", "at most " + MAX_PERIOD_DAYS + " days")
          .withWords("refusal.backtest.tooLong", MAX_PERIOD_DAYS);
    }
    if (stepDays < 1 || stepDays > MAX_STEP_DAYS) {
      throw Refusal.invalidField("step", "a step of 1 to " + MAX_STEP_DAYS + " days")
          .withWords("refusal.backtest.step", MAX_STEP_DAYS);
    }
    return new Backtest.Settings(
        from,
        to,
        stepDays,
        seed,
        settings.replications(),
        settings.threads(),
        settings.horizonWeeks(),
        WITHIN_DAYS);
  }

  private static void mayRun(Actor actor) {
    if (actor.role() != Role.COORDINATOR && actor.role() != Role.PLANNER) {
      throw Refusal.forbidden("A " + actor.role() + " does not run the forecast's backtest.")
          .withWords("refusal.backtest.role", actor.role());
    }
  }

  private static CaseHistory withId(CaseHistory h, int index) {
    return h.with(
        UUID.nameUUIDFromBytes(("backtest-" + index).getBytes(StandardCharsets.UTF_8)), h.steps());
  }
}
