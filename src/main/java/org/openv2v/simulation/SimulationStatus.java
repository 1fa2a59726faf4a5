package org.openv2v.simulation;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a simulation stands. {@code progress} runs from 0 to 1 (finished replications over all);
 * {@code summary} is the summary.json content once DONE; {@code error} says why it FAILED.
 */
public record SimulationStatus(
    UUID id,
    String scenario,
    State state,
    double progress,
    double years,
    int replications,
    long seed,
    String requestedBy,
    Instant submittedAt,
    Optional<Instant> finishedAt,
    Optional<Map<String, Object>> summary,
    Optional<String> error) {

  /** The life of a simulation run. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }
}
