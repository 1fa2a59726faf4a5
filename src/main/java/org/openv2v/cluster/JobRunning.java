package org.openv2v.cluster;

import java.time.Instant;
import java.util.Optional;

/** A db-scheduler job that a node has picked and runs now. */
public record JobRunning(
    String task, String instance, String node, Instant due, Optional<Instant> lastHeartbeat) {}
