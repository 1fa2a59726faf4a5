package org.openv2v.database;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Read-heavy work (reports, exports, simulations seeded from the live records) can run on a read
 * replica: {@code openv2v.datasource.replica.url} names it. Work passed to {@link #read} takes its
 * connections from the replica while it runs on this thread; everything else, and everything when
 * no replica is set, uses the primary. Work that joins a transaction already open on the primary
 * stays on the primary (its connection is taken), so a write and the reads of its transaction never
 * part. A replica lags its primary by a little: read-your-own-write pages stay on the primary.
 */
public final class ReadReplica {

  private static final ThreadLocal<Boolean> ON_REPLICA = new ThreadLocal<>();

  private final Optional<DataSource> replica;

  ReadReplica(Optional<DataSource> replica) {
    this.replica = replica;
  }

  /** No replica: every read goes to the primary. */
  public static ReadReplica none() {
    return new ReadReplica(Optional.empty());
  }

  public boolean configured() {
    return replica.isPresent();
  }

  /** Runs the work with its database reads on the replica (the primary when none is set). */
  public <T> T read(Supplier<T> work) {
    if (replica.isEmpty() || Boolean.TRUE.equals(ON_REPLICA.get())) {
      return work.get();
    }
    ON_REPLICA.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      ON_REPLICA.remove();
    }
  }

  /**
   * Whether the replica's server is in recovery, as a streaming replica is ({@code
   * pg_is_in_recovery()}); empty without a replica or when it cannot be reached.
   */
  public Optional<Boolean> replicaInRecovery() {
    return replica.flatMap(ReadReplica::inRecovery);
  }

  static Optional<Boolean> inRecovery(DataSource dataSource) {
    try {
      return JdbcClient.create(dataSource)
          .sql("select pg_is_in_recovery()")
          .query(Boolean.class)
          .optional();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static boolean routedHere() {
    return Boolean.TRUE.equals(ON_REPLICA.get());
  }

  Optional<DataSource> dataSource() {
    return replica;
  }

  /** Ends the replica's pool with the application. */
  void close() throws SQLException {
    if (replica.isPresent() && replica.get() instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new SQLException("Could not close the read replica's pool", e);
      }
    }
  }
}
