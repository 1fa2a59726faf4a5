package org.openv2v.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user account as Spring Security sees it, carrying the actor it becomes once signed in. */
record SignedInUser(Actor actor, String passwordHash, boolean enabled) implements UserDetails {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(actor.role().authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * A web session, kept in PostgreSQL for every node, stores the signed-in user: without the
   * password hash, which is needed only while the password is checked.
   */
  @java.io.Serial
  private Object writeReplace() {
    return new SignedInUser(actor, "", enabled);
  }
}
