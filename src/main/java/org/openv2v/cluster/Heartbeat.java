package org.openv2v.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openv2v.database.ReadReplica;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every node says it is alive every few seconds by writing its row in {@code cluster.node}: its id,
 * host, version, start, the moment it was last seen and the role of the databases it talks to. Not
 * a db-scheduler job: that runs once per cluster, and this must run on every node. A stopped node
 * writes its stop; one that died just falls silent, and the cluster page shows it as silent.
 */
class Heartbeat implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

  /** How long a stopping node waits to record its stop. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(3);

  private final NodeIdentity node;
  private final JdbcClient jdbc;
  private final ReadReplica replica;
  private final Clock clock;
  private final Duration every;
  private ScheduledExecutorService timer;

  Heartbeat(
      NodeIdentity node, DataSource dataSource, ReadReplica replica, Clock clock, Duration every) {
    this.node = node;
    this.jdbc = JdbcClient.create(dataSource);
    this.replica = replica;
    this.clock = clock;
    this.every = every;
  }

  /** One heartbeat now. */
  void beat() {
    boolean primaryInRecovery =
        jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single();
    jdbc.sql(
            "insert into cluster.node (node_id, host, version, started_at, last_seen_at,"
                + " stopped_at, primary_in_recovery, replica_in_recovery)"
                + " values (:id, :host, :version, :started, :now, null, :primary, :replica)"
                + " on conflict (node_id) do update set host = excluded.host,"
                + " version = excluded.version, started_at = excluded.started_at,"
                + " last_seen_at = excluded.last_seen_at, stopped_at = null,"
                + " primary_in_recovery = excluded.primary_in_recovery,"
                + " replica_in_recovery = excluded.replica_in_recovery")
        .param("id", node.id())
        .param("host", node.host())
        .param("version", node.version())
        .param("started", node.startedAt().atOffset(ZoneOffset.UTC))
        .param("now", clock.instant().atOffset(ZoneOffset.UTC))
        .param("primary", primaryInRecovery)
        .param("replica", replica.replicaInRecovery().orElse(null))
        .update();
  }

  @Override
  public synchronized void start() {
    beat();
    timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "cluster-heartbeat");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(
        this::beatQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void beatQuietly() {
    try {
      beat();
    } catch (RuntimeException e) {
      // The database may be failing over; the next beat tries again.
      log.warn("Cluster heartbeat of {} failed: {}", node.id(), e.getMessage());
    }
  }

  @Override
  public synchronized void stop() {
    if (timer == null) {
      return;
    }
    timer.shutdownNow();
    timer = null;
    // Written on a thread of its own and waited for briefly: when the pool has no connection left
    // to give (the database gone first, or every connection busy), the write would hold the whole
    // shutdown for the pool's 30 s connection timeout. Unrecorded, the node shows as silent.
    Thread record = new Thread(this::recordStop, "cluster-heartbeat-stop");
    record.setDaemon(true);
    record.start();
    try {
      record.join(STOP_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (record.isAlive()) {
      log.warn("The stop of node {} was not recorded within {}", node.id(), STOP_WAIT);
    }
  }

  private void recordStop() {
    try {
      jdbc.sql("update cluster.node set stopped_at = ? where node_id = ?")
          .param(clock.instant().atOffset(ZoneOffset.UTC))
          .param(node.id())
          .update();
    } catch (RuntimeException e) {
      log.warn("Could not record the stop of node {}: {}", node.id(), e.getMessage());
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return timer != null;
  }
}
