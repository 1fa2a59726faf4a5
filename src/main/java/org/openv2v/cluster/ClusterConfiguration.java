package org.openv2v.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.openv2v.database.ReadReplica;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This node's identity, its heartbeat, and its id on every metric it publishes. */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

  @Bean
  NodeIdentity nodeIdentity(@Value("${openv2v.cluster.node-id:}") String id, Clock clock) {
    return NodeIdentity.of(id, clock.instant());
  }

  @Bean
  Heartbeat heartbeat(
      NodeIdentity node,
      DataSource dataSource,
      ReadReplica replica,
      Clock clock,
      @Value("${openv2v.cluster.heartbeat:PT10S}") Duration every) {
    return new Heartbeat(node, dataSource, replica, clock, every);
  }

  /** Every meter carries the node's id, so a Prometheus scraping all nodes keeps them apart. */
  @Bean
  MeterRegistryCustomizer<MeterRegistry> nodeTag(NodeIdentity node) {
    return registry -> registry.config().commonTags("node", node.id());
  }
}
