@org.springframework.modulith.NamedInterface("cli")
package org.openv2v.economics.cli;
