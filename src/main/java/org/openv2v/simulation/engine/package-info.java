/** The discrete-event engine and its estimates (mean with 95% interval). */
@org.springframework.modulith.NamedInterface("engine")
package org.openv2v.simulation.engine;
