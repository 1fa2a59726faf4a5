/** The audit trail of every read of patient data. */
@ApplicationModule(allowedDependencies = {"security"})
package org.openv2v.audit;

import org.springframework.modulith.ApplicationModule;
