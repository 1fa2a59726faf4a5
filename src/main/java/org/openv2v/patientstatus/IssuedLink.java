package org.openv2v.patientstatus;

import java.time.Instant;
import java.util.UUID;

/**
 * A newly issued status link. The secret is shown this once, to be handed to the patient; only its
 * hash is stored, so nobody can show it again.
 */
public record IssuedLink(UUID id, String secret, Instant expiresAt) {

  /** The page's path, to be put behind this server's address. */
  public String path() {
    return "/status/" + secret;
  }
}
