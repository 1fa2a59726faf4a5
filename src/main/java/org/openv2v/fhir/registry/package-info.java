@org.springframework.modulith.NamedInterface("registry")
package org.openv2v.fhir.registry;
