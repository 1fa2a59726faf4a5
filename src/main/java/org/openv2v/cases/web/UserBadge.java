package org.openv2v.cases.web;

import java.util.List;
import org.openv2v.security.Actor;

/**
 * The signed-in user as the top bar shows them: the role as its code and the sites by name; the
 * layout puts both into the reader's words.
 */
record UserBadge(String displayName, String role, List<String> sites) {

  static UserBadge of(Actor actor, NetworkNames names) {
    return new UserBadge(
        actor.displayName(), actor.role().name(), names.siteNames(actor.siteIds()));
  }
}
