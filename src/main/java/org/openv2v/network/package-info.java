/** The network: sites, products and the versioned reference files. */
@ApplicationModule(allowedDependencies = {"shared"})
package org.openv2v.network;

import org.springframework.modulith.ApplicationModule;
