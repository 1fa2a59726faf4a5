package org.openv2v.scheduling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/**
 * Starts a planning run over every waiting case; both fields are optional and default to {@code
 * openv2v.scheduling.planner-seconds} and {@code openv2v.scheduling.max-wait-days}.
 */
public record PlanningRequest(
    @Min(1) @Max(600) Integer timeLimitSeconds, @Min(7) @Max(730) Integer maxWaitDays) {

  public Optional<Integer> timeLimit() {
    return Optional.ofNullable(timeLimitSeconds);
  }

  public Optional<Integer> maxWait() {
    return Optional.ofNullable(maxWaitDays);
  }
}
