package org.openv2v.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.UUID;

/**
 * This node: its id ({@code openv2v.cluster.node-id}, by default the host name and a short random
 * suffix, so two processes on one host stay apart), its host, version and start.
 */
public record NodeIdentity(String id, String host, String version, Instant startedAt) {

  static NodeIdentity of(String configuredId, Instant startedAt) {
    String host = hostName();
    String id =
        configuredId == null || configuredId.isBlank()
            ? host + "-" + UUID.randomUUID().toString().substring(0, 6)
            : configuredId.trim();
    String version = NodeIdentity.class.getPackage().getImplementationVersion();
    return new NodeIdentity(id, host, version == null ? "development" : version, startedAt);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
