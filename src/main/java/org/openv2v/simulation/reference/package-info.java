/** The reference vocabulary (sites, products) that scenarios are read against. */
@org.springframework.modulith.NamedInterface("reference")
package org.openv2v.simulation.reference;
