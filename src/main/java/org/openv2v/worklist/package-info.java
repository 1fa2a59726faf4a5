/**
 * The worklist: one home for the people who look after patients, across every product and
 * manufacturer at their sites. It reads the other modules through their public APIs and stores
 * nothing of its own.
 */
@ApplicationModule(
    allowedDependencies = {
      "alerts",
      "cases",
      "cases :: domain",
      "custody",
      "custody :: domain",
      "fhir",
      "forecast",
      "network",
      "safety",
      "scheduling",
      "security",
      "shared",
      "web"
    })
package org.openv2v.worklist;

import org.springframework.modulith.ApplicationModule;
