package org.openv2v.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/**
 * Ends what a user already holds when their account changes: open page sessions expire (the next
 * request goes to the sign-in page) and an API password remembered for speed is forgotten, so a
 * disabled account or an old password stops working at once, and a new role or site takes effect.
 * Sessions and the revision counter live in the database, so this reaches every node.
 */
class SignInRevocation {

  private final SessionRegistry sessions;
  private final RememberedCredentials remembered;
  private final SignInRevisions revisions;

  SignInRevocation(
      SessionRegistry sessions, RememberedCredentials remembered, SignInRevisions revisions) {
    this.sessions = sessions;
    this.remembered = remembered;
    this.revisions = revisions;
  }

  RememberedCredentials remembered() {
    return remembered;
  }

  void signOutEverywhere(String username) {
    revisions.bump(username);
    remembered.forget(username);
    // Spring Session finds a user's sessions by principal name, on whichever node made them.
    sessions.getAllSessions(username, false).forEach(SessionInformation::expireNow);
  }
}
