/**
 * Network scenarios, their experiments and summaries, for modules that run a built-in scenario
 * (validation).
 */
@org.springframework.modulith.NamedInterface("network")
package org.openv2v.simulation.network;
