/**
 * The shared kernel: value types every module may use, and what every tool shares: YAML fields with
 * their lines, picocli command lines, work started meanwhile on another core. No Spring types here.
 */
@ApplicationModule(
    type = ApplicationModule.Type.OPEN,
    allowedDependencies = {})
package org.openv2v.shared;

import org.springframework.modulith.ApplicationModule;
