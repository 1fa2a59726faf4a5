package org.openv2v.cluster;

import java.time.Instant;
import java.util.List;

/** The cluster as the administrator sees it at one moment. */
public record ClusterPicture(
    Instant at, List<NodeSeen> nodes, List<JobRunning> running, long jobsWaiting) {

  public long nodesRunning() {
    return nodes.stream().filter(n -> n.status() == NodeSeen.Status.RUNNING).count();
  }
}
