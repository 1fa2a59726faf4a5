/** Patient status links: where the cells are, in plain words, for the patient. */
@ApplicationModule(
    allowedDependencies = {"cases", "cases :: domain", "network", "security", "shared", "web"})
package org.openv2v.patientstatus;

import org.springframework.modulith.ApplicationModule;
