package org.openv2v.economics.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.openv2v.jobs.JobRun;

/** One economic run as the registry holds it, read by the API and the pages. */
public final class EconomicsRun {

  /** Where a run is. */
  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  private final JobRun run;
  private final EconomicsWork.Parameters parameters;
  private final Function<String, Optional<String>> files;

  EconomicsRun(JobRun run, Function<String, Optional<String>> files) {
    this.run = run;
    this.parameters = run.parameters(EconomicsWork.Parameters.class);
    this.files = files;
  }

  public UUID id() {
    return run.id();
  }

  public String model() {
    return run.label();
  }

  public int psa() {
    return parameters.psa();
  }

  public long seed() {
    return parameters.seed();
  }

  public Instant submittedAt() {
    return run.submittedAt();
  }

  public Status status() {
    return Status.valueOf(run.state().name());
  }

  public double progress() {
    return run.progress();
  }

  public Optional<Map<String, Object>> summary() {
    return run.summaryMap();
  }

  /** The report in English. */
  public Optional<String> report() {
    return report(Locale.ENGLISH);
  }

  /** The report in the reader's language, English when it has none in that language. */
  public Optional<String> report(Locale locale) {
    if (status() != Status.DONE) {
      return Optional.empty();
    }
    return files
        .apply(EconomicsWork.report(locale))
        .or(() -> files.apply(EconomicsWork.report(Locale.ENGLISH)));
  }

  /**
   * The report below its heading, for the run's page to show inside itself; empty for a run not
   * done, or finished before sections were kept.
   */
  public Optional<String> section(Locale locale) {
    if (status() != Status.DONE) {
      return Optional.empty();
    }
    return files
        .apply(EconomicsWork.section(locale))
        .or(() -> files.apply(EconomicsWork.section(Locale.ENGLISH)));
  }

  public Optional<String> error() {
    return run.error();
  }

  boolean finished() {
    return run.finished();
  }
}
