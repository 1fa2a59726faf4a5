package org.openv2v.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.database.ReadReplica;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A node that stops says so in its row; the shared context's own node is left alone. */
@IntegrationTest
class HeartbeatTests {

  @Autowired DataSource dataSource;
  @Autowired ReadReplica replica;
  @Autowired JdbcClient jdbc;

  @Test
  void a_node_that_stops_records_its_stop() {
    Instant started = Instant.parse("2026-12-03T09:00:00Z");
    NodeIdentity node = new NodeIdentity("heartbeat-test-node", "test-host", "test", started);
    Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    Heartbeat heartbeat = new Heartbeat(node, dataSource, replica, clock, Duration.ofHours(1));

    try {
      heartbeat.start();
      assertThat(stoppedAt(node)).isNull();
      heartbeat.stop();

      assertThat(heartbeat.isRunning()).isFalse();
      assertThat(stoppedAt(node)).isEqualTo(OffsetDateTime.parse("2026-12-03T10:00:00Z"));
    } finally {
      // The other tests see the cluster of the shared context's node only.
      jdbc.sql("delete from cluster.node where node_id = ?").param(node.id()).update();
    }
  }

  private OffsetDateTime stoppedAt(NodeIdentity node) {
    return jdbc.sql("select stopped_at from cluster.node where node_id = ?")
        .param(node.id())
        .query((row, n) -> row.getObject(1, OffsetDateTime.class))
        .list()
        .get(0);
  }
}
