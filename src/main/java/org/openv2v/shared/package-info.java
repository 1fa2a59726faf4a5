/** The shared kernel: value types every module may use. No framework types here. */
@ApplicationModule(
    type = ApplicationModule.Type.OPEN,
    allowedDependencies = {})
package org.openv2v.shared;

import org.springframework.modulith.ApplicationModule;
