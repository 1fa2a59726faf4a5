/** The page shell, sign-in, settings and languages, API error documents and shared beans. */
@ApplicationModule(allowedDependencies = {"network", "security", "shared"})
package org.openv2v.web;

import org.springframework.modulith.ApplicationModule;
