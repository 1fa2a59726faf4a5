/**
 * The bedside check before infusion, in plain Java: the facts go in, MATCH or MISMATCH with every
 * reason comes out.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.openv2v.bedside.domain;
