/**
 * ISBT 128 chain-of-identity numbers in plain Java: the Donation Identification Number (DIN, Data
 * Structure 001), its ISO/IEC 7064 MOD 37-2 check character and Type 3 flags, the flags that tell
 * one physical unit of a case from another, and a reader for every form a scanner or a person
 * produces. Other modules may use these types; nothing here knows about Spring, HTTP or SQL.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.openv2v.identity.domain;
