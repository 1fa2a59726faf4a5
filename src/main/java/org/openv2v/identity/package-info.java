/** Chain of identity: ISBT 128 DINs, their check characters and unit flags. */
@ApplicationModule(allowedDependencies = {"shared"})
package org.openv2v.identity;

import org.springframework.modulith.ApplicationModule;
