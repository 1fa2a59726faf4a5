package org.openv2v.jobs;

import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A run's progress written to its row at most a few times a second (replications report far more
 * often than anyone reads), and always when a note changes. Once this node stops, reporting
 * progress ends the work: a simulation or a PSA deaf to interrupts stops at its next step, in time
 * to hand the run back to the cluster while the database is still at hand.
 */
final class ThrottledProgress implements RunProgress {

  private static final long EVERY_NANOS = 250_000_000L;

  private final JobRunRows rows;
  private final UUID id;
  private final BooleanSupplier stopping;
  private double fraction;
  private long writtenAt = System.nanoTime();

  ThrottledProgress(JobRunRows rows, UUID id, BooleanSupplier stopping) {
    this.rows = rows;
    this.id = id;
    this.stopping = stopping;
  }

  private void unlessStopping() {
    if (stopping.getAsBoolean()) {
      throw new CancellationException("this node is stopping");
    }
  }

  @Override
  public synchronized void fraction(double done) {
    unlessStopping();
    fraction = Math.max(fraction, Math.max(0, Math.min(1, done)));
    long now = System.nanoTime();
    if (now - writtenAt >= EVERY_NANOS) {
      writtenAt = now;
      rows.progress(id, fraction, null);
    }
  }

  @Override
  public synchronized void note(String text) {
    unlessStopping();
    writtenAt = System.nanoTime();
    rows.progress(id, fraction, text);
  }
}
