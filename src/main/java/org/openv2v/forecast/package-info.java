/** The live forecast: the access simulator run forward from today's real queue. */
@ApplicationModule(
    allowedDependencies = {
      "alerts",
      "audit",
      "cases",
      "cases :: domain",
      "charts",
      "database",
      "jobs",
      "logistics",
      "network",
      "patientstatus",
      "scheduling",
      "security",
      "shared",
      "simulation :: engine",
      "simulation :: network",
      "simulation :: reference",
      "web"
    })
package org.openv2v.forecast;

import org.springframework.modulith.ApplicationModule;
