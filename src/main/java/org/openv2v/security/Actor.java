package org.openv2v.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is acting: a signed-in user with a role, bound to the sites where they work. Serializable
 * because a web session, kept in the database for every node, holds it.
 */
public record Actor(String username, String displayName, Role role, Set<String> siteIds)
    implements Serializable {

  public Actor {
    siteIds = Set.copyOf(siteIds);
  }

  public boolean worksAt(String siteId) {
    return siteIds.contains(siteId);
  }

  public boolean worksAtAnyOf(Set<String> candidates) {
    return candidates.stream().anyMatch(siteIds::contains);
  }

  public boolean is(Role... roles) {
    for (Role candidate : roles) {
      if (role == candidate) {
        return true;
      }
    }
    return false;
  }
}
