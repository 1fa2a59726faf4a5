/**
 * The custody ledger in plain Java: the steps and their signature meanings, the canonical form of a
 * record, the hash chains, and the checks a third party can run on an export without a database.
 * Other modules may use these types; nothing here knows about Spring, HTTP or SQL.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.openv2v.custody.domain;
