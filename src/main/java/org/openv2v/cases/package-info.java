/** Each patient's case: the journey as a state machine and its append-only events. */
@ApplicationModule(
    allowedDependencies = {
      "audit",
      "database",
      "identity",
      "identity :: domain",
      "network",
      "security",
      "shared",
      "web"
    })
package org.openv2v.cases;

import org.springframework.modulith.ApplicationModule;
