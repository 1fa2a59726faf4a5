package org.openv2v.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as PostgreSQL keeps them, to the microsecond. An instant kept finer in memory would not
 * equal itself read back: a replayed request would not match its first answer, and a signature over
 * the finer time would not verify against the stored one.
 */
public final class StoredTime {

  private StoredTime() {}

  /** Now, as it will be stored. */
  public static Instant now(Clock clock) {
    return of(clock.instant());
  }

  /** The instant as it will be stored. */
  public static Instant of(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }
}
