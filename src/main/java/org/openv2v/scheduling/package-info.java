/** Scheduling: capacity, bookings, the waitlist and the planner. */
@ApplicationModule(
    allowedDependencies = {
      "alerts",
      "cases",
      "cases :: domain",
      "database",
      "jobs",
      "network",
      "security",
      "shared",
      "web"
    })
package org.openv2v.scheduling;

import org.springframework.modulith.ApplicationModule;
