package org.openv2v.security;

import java.util.Set;

/**
 * An account as administrators see it: never its password or hash. {@code demo} accounts sign in
 * only while demo mode is on.
 */
public record UserAccount(
    String username,
    String displayName,
    Role role,
    Set<String> siteIds,
    boolean enabled,
    boolean demo) {

  public UserAccount {
    siteIds = Set.copyOf(siteIds);
  }
}
