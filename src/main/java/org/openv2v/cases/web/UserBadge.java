package org.openv2v.cases.web;

import java.util.List;
import org.openv2v.security.Actor;

/** The signed-in user as the top bar shows them. */
record UserBadge(String displayName, String role, List<String> sites) {

  static UserBadge of(Actor actor, Names names) {
    return new UserBadge(
        actor.displayName(), Badge.words(actor.role()), names.siteNames(actor.siteIds()));
  }

  /** The sites in a few words: their names when there are one or two, else how many. */
  public String sitesSummary() {
    if (sites.isEmpty()) {
      return "no site";
    }
    return sites.size() <= 2 ? String.join(" · ", sites) : sites.size() + " sites";
  }

  public String sitesInFull() {
    return String.join(", ", sites);
  }
}
