package org.openv2v.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/**
 * Ends what a user already holds when their account changes: open page sessions expire (the next
 * request goes to the sign-in page) and an API password remembered for speed is forgotten, so a
 * disabled account or an old password stops working at once, and a new role or site takes effect.
 */
class SignInRevocation {

  private final SessionRegistry sessions;
  private final RememberedCredentials remembered;

  SignInRevocation(SessionRegistry sessions, RememberedCredentials remembered) {
    this.sessions = sessions;
    this.remembered = remembered;
  }

  RememberedCredentials remembered() {
    return remembered;
  }

  void signOutEverywhere(String username) {
    remembered.forget(username);
    for (Object principal : sessions.getAllPrincipals()) {
      if (principal instanceof SignedInUser user && user.getUsername().equals(username)) {
        sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
      }
    }
  }
}
