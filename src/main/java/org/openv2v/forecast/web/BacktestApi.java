package org.openv2v.forecast.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.openv2v.forecast.Backtests;
import org.openv2v.forecast.Forecasts;
import org.openv2v.forecast.backtest.Backtest;
import org.openv2v.forecast.backtest.BacktestRecords;
import org.openv2v.forecast.backtest.BacktestSummary;
import org.openv2v.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The forecast's backtest: past days' forecasts scored against what happened. */
@RestController
@Tag(name = "Forecast", description = "The network model run forward from today's real queue")
@RequiredArgsConstructor
class BacktestApi {

  private final Backtests backtests;
  private final CurrentActor actor;

  @GetMapping("/api/v1/forecasts/backtest")
  @PreAuthorize("hasAnyRole('COORDINATOR','PLANNER')")
  @Operation(
      summary =
          "Backtest (COORDINATOR, PLANNER): on every step-th day from `from` to `to` the queue is"
              + " rebuilt from the recorded steps as it stood that morning and forecast as the live"
              + " refresh would; each forecast is scored against what happened: Brier score and"
              + " calibration for reaching infusion and for infusion within 90 days, coverage of"
              + " the p10-p90 dates. Scores only, no case. Defaults: the last 365 days, step 7,"
              + " seed 1.")
  BacktestSummary run(
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "7") int step,
      @RequestParam(defaultValue = "1") long seed) {
    LocalDate today = backtests.today();
    Backtest.Result r =
        backtests.run(
            from == null ? today.minusDays(BacktestPage.DEFAULT_DAYS) : from,
            to == null ? today : to,
            step,
            seed,
            actor.get());
    return BacktestSummary.of(r, Forecasts.MODEL_VERSION);
  }

  @GetMapping("/api/v1/forecasts/backtest/records")
  @PreAuthorize("hasRole('PLANNER')")
  @Operation(
      summary =
          "The records a backtest reads (PLANNER): every case's recorded steps with product,"
              + " indication and sites, under ids that mean nothing outside the file, and the"
              + " network's capacity; for `forecast backtest --records FILE`.")
  BacktestRecords records() {
    return backtests.records(actor.get());
  }
}
