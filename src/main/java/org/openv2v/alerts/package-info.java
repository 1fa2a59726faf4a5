/**
 * Alerts to the sites concerned (excursions, logger gaps, slot changes, slips, manufacturing
 * failures); quality sees all.
 */
@ApplicationModule(allowedDependencies = {"security", "shared"})
package org.openv2v.alerts;

import org.springframework.modulith.ApplicationModule;
