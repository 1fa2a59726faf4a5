/**
 * The access simulator: the discrete-event engine, the national network model and the simulate
 * command.
 */
@ApplicationModule(
    allowedDependencies = {"cases :: domain", "charts", "jobs", "security", "shared", "web"})
package org.openv2v.simulation;

import org.springframework.modulith.ApplicationModule;
