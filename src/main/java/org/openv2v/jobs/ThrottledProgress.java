package org.openv2v.jobs;

import java.util.UUID;

/**
 * A run's progress written to its row at most a few times a second (replications report far more
 * often than anyone reads), and always when a note changes.
 */
final class ThrottledProgress implements RunProgress {

  private static final long EVERY_NANOS = 250_000_000L;

  private final JobRunRows rows;
  private final UUID id;
  private double fraction;
  private long writtenAt = System.nanoTime();

  ThrottledProgress(JobRunRows rows, UUID id) {
    this.rows = rows;
    this.id = id;
  }

  @Override
  public synchronized void fraction(double done) {
    fraction = Math.max(fraction, Math.max(0, Math.min(1, done)));
    long now = System.nanoTime();
    if (now - writtenAt >= EVERY_NANOS) {
      writtenAt = now;
      rows.progress(id, fraction, null);
    }
  }

  @Override
  public synchronized void note(String text) {
    writtenAt = System.nanoTime();
    rows.progress(id, fraction, text);
  }
}
