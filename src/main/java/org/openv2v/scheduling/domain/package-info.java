@org.springframework.modulith.NamedInterface("domain")
package org.openv2v.scheduling.domain;
