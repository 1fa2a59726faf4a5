package org.openv2v.forecast.backtest;

import java.time.Instant;
import java.util.List;
import org.openv2v.cases.CaseHistory;
import org.openv2v.scheduling.CapacityView;

/**
 * What a backtest reads, as one file: every case's recorded steps (no identity; the case ids are
 * replaced by ids that mean nothing outside the file), the network's capacity, the network's zone
 * and when the records were read. The platform writes it ({@code GET
 * /api/v1/forecasts/backtest/records}); {@code forecast backtest --records FILE} replays it without
 * the platform.
 */
public record BacktestRecords(
    Instant observedAt, String zone, List<CaseHistory> histories, CapacityView capacity) {

  public BacktestRecords {
    histories = List.copyOf(histories);
  }
}
