package org.openv2v.cluster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The administrator's view of the cluster: the nodes that have beaten (newest first), the
 * background jobs running now and how many wait (from db-scheduler's table, when the jobs module
 * made it), and the database role each node talks to.
 */
@Service
public class ClusterView {

  private final JdbcClient jdbc;
  private final NodeIdentity self;
  private final Clock clock;
  private final Duration silentAfter;

  ClusterView(
      JdbcClient jdbc,
      NodeIdentity self,
      Clock clock,
      @Value("${openv2v.cluster.heartbeat:PT10S}") Duration heartbeat) {
    this.jdbc = jdbc;
    this.self = self;
    this.clock = clock;
    this.silentAfter = heartbeat.multipliedBy(3);
  }

  public NodeIdentity self() {
    return self;
  }

  public ClusterPicture now(Actor actor) {
    if (!actor.is(Role.ADMIN)) {
      throw Refusal.forbidden("Only administrators see the cluster.")
          .withWords("refusal.cluster.adminOnly");
    }
    Instant now = clock.instant();
    List<NodeSeen> nodes =
        jdbc.sql("select * from cluster.node order by stopped_at nulls first, started_at desc")
            .query((row, n) -> node(row, now))
            .list();
    boolean jobs =
        jdbc.sql("select to_regclass('jobs.scheduled_tasks') is not null")
            .query(Boolean.class)
            .single();
    List<JobRunning> running =
        jobs
            ? jdbc.sql(
                    "select task_name, task_instance, picked_by, execution_time, last_heartbeat"
                        + " from jobs.scheduled_tasks where picked order by execution_time")
                .query(
                    (row, n) ->
                        new JobRunning(
                            row.getString(1),
                            row.getString(2),
                            row.getString(3),
                            instant(row, 4),
                            Optional.ofNullable(row.getObject(5, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)))
                .list()
            : List.of();
    long waiting =
        jobs
            ? jdbc.sql("select count(*) from jobs.scheduled_tasks where not picked")
                .query(Long.class)
                .single()
            : 0;
    return new ClusterPicture(now, nodes, running, waiting);
  }

  private NodeSeen node(ResultSet row, Instant now) throws SQLException {
    Instant lastSeen = instant(row, "last_seen_at");
    Optional<Instant> stopped =
        Optional.ofNullable(row.getObject("stopped_at", OffsetDateTime.class))
            .map(OffsetDateTime::toInstant);
    NodeSeen.Status status =
        stopped.isPresent()
            ? NodeSeen.Status.STOPPED
            : lastSeen.plus(silentAfter).isBefore(now)
                ? NodeSeen.Status.SILENT
                : NodeSeen.Status.RUNNING;
    Object replica = row.getObject("replica_in_recovery");
    return new NodeSeen(
        row.getString("node_id"),
        row.getString("host"),
        row.getString("version"),
        instant(row, "started_at"),
        lastSeen,
        stopped,
        NodeSeen.DatabaseRole.of(row.getBoolean("primary_in_recovery")),
        Optional.ofNullable((Boolean) replica).map(NodeSeen.DatabaseRole::of),
        status,
        row.getString("node_id").equals(self.id()));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }
}
