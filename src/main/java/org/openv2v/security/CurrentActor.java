package org.openv2v.security;

import java.util.Optional;
import org.openv2v.shared.Refusal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor behind the current request. */
@Component
public class CurrentActor {

  /** The signed-in actor, if there is one: pages that strangers may open too ask this way. */
  public Optional<Actor> find() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
      return Optional.of(user.actor());
    }
    return Optional.empty();
  }

  public Actor get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
      return user.actor();
    }
    throw Refusal.forbidden("No signed-in user").withWords("refusal.security.signedOut");
  }
}
