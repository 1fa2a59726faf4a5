/**
 * The forward simulation of the live queue: pure Java (the simulation engine's distributions,
 * random streams and replications), no framework.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.openv2v.forecast.domain;
