/**
 * The shared kernel: value types every module may use, and the two readers every tool shares (YAML
 * fields with their lines, picocli command lines). No Spring types here.
 */
@ApplicationModule(
    type = ApplicationModule.Type.OPEN,
    allowedDependencies = {})
package org.openv2v.shared;

import org.springframework.modulith.ApplicationModule;
