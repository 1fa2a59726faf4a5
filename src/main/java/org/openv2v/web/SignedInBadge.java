package org.openv2v.web;

import java.util.List;
import org.openv2v.network.Network;
import org.openv2v.security.Actor;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The signed-in user as the top bar shows them (the same shape as the case pages' badge): the
 * template puts the role and the site count into words.
 */
record SignedInBadge(String displayName, String role, List<String> sites) {

  static SignedInBadge of(Actor actor, Network network) {
    List<String> sites =
        actor.siteIds().stream()
            .map(
                id ->
                    network
                        .site(id)
                        .map(site -> site.nameIn(LocaleContextHolder.getLocale()))
                        .orElse(id))
            .sorted()
            .toList();
    return new SignedInBadge(actor.displayName(), actor.role().name(), sites);
  }
}
