package org.openv2v.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One background run as every node sees it: what it is ({@code kind}, a {@code label} for people,
 * its {@code parameters} as JSON), where it stands (state, progress 0..1 and a short note such as
 * the solver's best score so far), and once DONE its summary (JSON) or once FAILED why.
 */
public record JobRun(
    UUID id,
    String kind,
    String label,
    State state,
    double progress,
    Optional<String> note,
    String requestedBy,
    String parameters,
    Instant submittedAt,
    Optional<Instant> startedAt,
    Optional<Instant> finishedAt,
    int attempts,
    Optional<String> summary,
    Optional<String> error) {

  /** The life of a run. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  public boolean finished() {
    return state == State.DONE || state == State.FAILED;
  }

  /** The parameters the run was submitted with, read back into the submitter's record. */
  public <T> T parameters(Class<T> type) {
    return JsonMapper.shared().readValue(parameters, type);
  }

  /** The summary as a JSON object in its stored order. */
  public Optional<Map<String, Object>> summaryMap() {
    return summary.map(
        json -> JsonMapper.shared().readValue(json, new TypeReference<Map<String, Object>>() {}));
  }
}
