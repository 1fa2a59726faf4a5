package org.openv2v.security;

import org.openv2v.shared.Refusal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor behind the current request. */
@Component
public class CurrentActor {

  public Actor get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
      return user.actor();
    }
    throw Refusal.forbidden("No signed-in user");
  }
}
