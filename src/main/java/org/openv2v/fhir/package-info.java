/**
 * FHIR R4 exchange: the case as FHIR resources at {@code /fhir} (HAPI FHIR plain server), referrals
 * from a hospital record as transaction bundles, and bulk export. Reads cases, custody and safety
 * data only through those modules' public services, which check roles and sites and audit every
 * read of patient data. docs/fhir.md maps each platform concept to its FHIR element.
 */
@ApplicationModule(
    displayName = "FHIR exchange",
    allowedDependencies = {
      "audit",
      "cases",
      "cases :: domain",
      "custody",
      "custody :: domain",
      "identity :: domain",
      "network",
      "safety",
      "safety :: domain",
      "security",
      "shared",
      "web"
    })
package org.openv2v.fhir;

import org.springframework.modulith.ApplicationModule;
