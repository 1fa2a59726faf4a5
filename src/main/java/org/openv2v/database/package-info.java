/** Which PostgreSQL: the embedded default or a server, and the production guard. */
@ApplicationModule(allowedDependencies = {})
package org.openv2v.database;

import org.springframework.modulith.ApplicationModule;
