/** Bedside verification: two people scan wristband and bag before an infusion. */
@ApplicationModule(
    allowedDependencies = {
      "cases",
      "cases :: domain",
      "custody",
      "custody :: domain",
      "identity",
      "identity :: domain",
      "network",
      "security",
      "shared",
      "web"
    })
package org.openv2v.bedside;

import org.springframework.modulith.ApplicationModule;
