/** Bag labels as PNG and PDF. Stores nothing. */
@ApplicationModule(
    allowedDependencies = {"cases", "identity :: domain", "network", "security", "shared"})
package org.openv2v.labels;

import org.springframework.modulith.ApplicationModule;
