/**
 * The plain-Java health-economic engine: survival, cohorts, discounting, incremental analysis,
 * background mortality.
 */
@org.springframework.modulith.NamedInterface("model")
package org.openv2v.economics.model;
