/** Accounts, roles, sites and sign-in. */
@ApplicationModule(allowedDependencies = {"shared"})
package org.openv2v.security;

import org.springframework.modulith.ApplicationModule;
