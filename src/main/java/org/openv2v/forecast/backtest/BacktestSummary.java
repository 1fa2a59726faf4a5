package org.openv2v.forecast.backtest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A backtest's scores as the API and the command write them; a score is null where nothing could be
 * scored. No case appears in it.
 */
public record BacktestSummary(
    LocalDate from,
    LocalDate to,
    int stepDays,
    long seed,
    int replications,
    int withinDays,
    Instant observedAt,
    int daysReplayed,
    int forecasts,
    Score reachedInfusion,
    Score infusedWithin,
    Coverage coverage,
    String modelVersion) {

  /** A Brier score with its calibration table. */
  public record Score(Double brier, int scored, List<Scores.Bin> calibration) {
    static Score of(Scores.Calibration c) {
      return new Score(finite(c.brier()), c.scored(), c.bins());
    }
  }

  /** The share of infused cases' forecasts whose p10–p90 held the day, of how many. */
  public record Coverage(Double p10ToP90, int infused) {}

  public static BacktestSummary of(Backtest.Result r, String modelVersion) {
    Backtest.Settings s = r.settings();
    return new BacktestSummary(
        s.from(),
        s.to(),
        s.stepDays(),
        s.seed(),
        s.replications(),
        s.withinDays(),
        r.observedAt(),
        r.daysReplayed(),
        r.forecasts().size(),
        Score.of(r.reached()),
        Score.of(r.within()),
        new Coverage(finite(r.coverage().share()), r.coverage().infused()),
        modelVersion);
  }

  private static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
