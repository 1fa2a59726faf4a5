@org.springframework.modulith.NamedInterface("cli")
package org.openv2v.simulation.cli;
