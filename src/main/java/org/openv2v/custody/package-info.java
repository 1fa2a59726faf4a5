/** The chain of custody: signed, hash-chained custody records and refusals. */
@ApplicationModule(
    allowedDependencies = {
      "audit",
      "cases",
      "cases :: domain",
      "database",
      "identity",
      "identity :: domain",
      "network",
      "security",
      "shared",
      "web"
    })
package org.openv2v.custody;

import org.springframework.modulith.ApplicationModule;
