package org.openv2v.economics.internal;

import java.time.Instant;
import java.util.Locale;
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

  /** The report by language ({@code en}, {@code ko}), rendered once when the run is done. */
  private volatile Map<String, String> reports;

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

  /** The report in English. */
  public Optional<String> report() {
    return report(Locale.ENGLISH);
  }

  /** The report in the reader's language, English when it has none in that language. */
  public Optional<String> report(Locale locale) {
    Map<String, String> all = reports;
    if (all == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(all.getOrDefault(locale.getLanguage(), all.get("en")));
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

  void done(Map<String, Object> summary, Map<String, String> reports) {
    this.summary = summary;
    this.reports = Map.copyOf(reports);
    this.progress = 1;
    this.status = Status.DONE;
  }

  void failed(String error) {
    this.error = error;
    this.status = Status.FAILED;
  }
}
