/** Shipments and the cold chain: legs, data-logger readings and excursions. */
@ApplicationModule(
    allowedDependencies = {
      "alerts",
      "cases",
      "cases :: domain",
      "charts",
      "custody",
      "custody :: domain",
      "identity :: domain",
      "network",
      "security",
      "shared",
      "web"
    })
package org.openv2v.logistics;

import org.springframework.modulith.ApplicationModule;
