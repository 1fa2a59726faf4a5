package org.openv2v.cluster;

import lombok.RequiredArgsConstructor;
import org.openv2v.database.ReadReplica;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} per node: which node answered, its version, and the role of the database
 * it writes to (a node that finds itself on a replica after a failover cannot write, and says so by
 * going down until its pool reconnects to the new primary).
 */
@Component("node")
@RequiredArgsConstructor
class NodeHealth implements HealthIndicator {

  private final NodeIdentity node;
  private final JdbcClient jdbc;
  private final ReadReplica replica;

  @Override
  public Health health() {
    boolean inRecovery = jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single();
    Health.Builder health = inRecovery ? Health.down() : Health.up();
    health
        .withDetail("node", node.id())
        .withDetail("version", node.version())
        .withDetail("database", NodeSeen.DatabaseRole.of(inRecovery).name());
    replica
        .replicaInRecovery()
        .ifPresent(r -> health.withDetail("replica", NodeSeen.DatabaseRole.of(r).name()));
    return health.build();
  }
}
