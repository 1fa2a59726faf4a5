/**
 * Health economics: survival, cohort and Markov models, PSA, budget impact and the economics
 * command.
 */
@ApplicationModule(
    allowedDependencies = {"charts", "jobs", "security", "shared", "simulation", "web"})
package org.openv2v.economics;

import org.springframework.modulith.ApplicationModule;
