package org.openv2v.economics.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One run's state, updated by the worker and read by the API. */
public final class EconomicsRun {

  /** Where a run is. */
  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  private final UUID id;
  private final String model;
  private final int psa;
  private final long seed;
  private final Instant submittedAt = Instant.now();
  private volatile Status status = Status.QUEUED;
  private volatile double progress;
  private volatile Map<String, Object> summary;
  private volatile String report;
  private volatile String error;

  EconomicsRun(UUID id, String model, int psa, long seed) {
    this.id = id;
    this.model = model;
    this.psa = psa;
    this.seed = seed;
  }

  public UUID id() {
    return id;
  }

  public String model() {
    return model;
  }

  public int psa() {
    return psa;
  }

  public long seed() {
    return seed;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Status status() {
    return status;
  }

  public double progress() {
    return progress;
  }

  public Optional<Map<String, Object>> summary() {
    return Optional.ofNullable(summary);
  }

  public Optional<String> report() {
    return Optional.ofNullable(report);
  }

  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  boolean finished() {
    return status == Status.DONE || status == Status.FAILED;
  }

  void running() {
    status = Status.RUNNING;
  }

  void progress(double value) {
    progress = Math.max(progress, Math.min(1, value));
  }

  void done(Map<String, Object> summary, String report) {
    this.summary = summary;
    this.report = report;
    this.progress = 1;
    this.status = Status.DONE;
  }

  void failed(String error) {
    this.error = error;
    this.status = Status.FAILED;
  }
}
