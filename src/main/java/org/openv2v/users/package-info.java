/**
 * User management: administrators create accounts, change their role and sites, disable and enable
 * them and reset their passwords; every change is recorded for the auditor. The accounts themselves
 * and sign-in belong to the security module.
 */
@ApplicationModule(allowedDependencies = {"network", "security", "shared"})
package org.openv2v.users;

import org.springframework.modulith.ApplicationModule;
