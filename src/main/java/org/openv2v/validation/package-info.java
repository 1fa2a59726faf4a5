/**
 * The validation page: runs the economic models and the access simulator against every external
 * target the project holds (published totals, ICERs, survival anchors, KOSTAT life expectancies,
 * trial not-infused fractions) and reports each result, its difference and whether it is within
 * tolerance. Plain Java and Thymeleaf, no Spring: {@code java -jar openv2v.jar validate --out DIR}.
 */
@ApplicationModule(
    allowedDependencies = {
      "economics :: model",
      "economics :: scenario",
      "simulation :: engine",
      "simulation :: network",
      "simulation :: reference",
      "shared"
    })
package org.openv2v.validation;

import org.springframework.modulith.ApplicationModule;
