/**
 * The vein-to-vein journey in plain Java: states, events, the rules between them and the milestone
 * intervals. Other modules may use these types; nothing here knows about Spring, HTTP or SQL.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.openv2v.cases.domain;
