package org.openv2v.cluster;

import java.time.Instant;
import java.util.Optional;

/** One node as its heartbeats describe it. */
public record NodeSeen(
    String id,
    String host,
    String version,
    Instant startedAt,
    Instant lastSeenAt,
    Optional<Instant> stoppedAt,
    DatabaseRole database,
    Optional<DatabaseRole> replica,
    Status status,
    boolean thisNode) {

  /**
   * Running (heard from lately), silent (no heartbeat for three periods: dead or cut off), stopped.
   */
  public enum Status {
    RUNNING,
    SILENT,
    STOPPED
  }

  /** What {@code pg_is_in_recovery()} says of a database the node talks to. */
  public enum DatabaseRole {
    PRIMARY,
    REPLICA;

    static DatabaseRole of(boolean inRecovery) {
      return inRecovery ? REPLICA : PRIMARY;
    }
  }
}
