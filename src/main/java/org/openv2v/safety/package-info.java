/** Clinical safety: calculators, assessments, the pre-infusion gate and follow-up. */
@ApplicationModule(
    allowedDependencies = {
      "audit",
      "bedside",
      "cases",
      "cases :: domain",
      "charts",
      "network",
      "security",
      "shared",
      "web"
    })
package org.openv2v.safety;

import org.springframework.modulith.ApplicationModule;
