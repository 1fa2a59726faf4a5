/** The demo of Korea's CAR-T network: sites, users, cases and their shipments (demo mode only). */
@ApplicationModule(
    allowedDependencies = {
      "bedside",
      "bedside :: domain",
      "cases",
      "cases :: domain",
      "custody",
      "custody :: domain",
      "identity :: domain",
      "logistics",
      "logistics :: domain",
      "network",
      "safety",
      "safety :: domain",
      "scheduling",
      "security",
      "shared"
    })
package org.openv2v.demo;

import org.springframework.modulith.ApplicationModule;
