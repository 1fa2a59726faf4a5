/**
 * More than one node (issue 16): each application node's heartbeat, and the administrator's view of
 * the cluster (nodes seen, background jobs running, which database role each node talks to). Nodes
 * share nothing but PostgreSQL; see docs/deployment.md.
 */
@ApplicationModule(
    displayName = "Cluster",
    allowedDependencies = {"database", "security", "shared"})
package org.openv2v.cluster;

import org.springframework.modulith.ApplicationModule;
