package org.openv2v.alerts;

import java.util.Optional;
import java.util.UUID;
import org.openv2v.shared.Refusal;

/** Which alerts to list: open ones by default, optionally of one case, newest first. */
public record AlertQuery(boolean includeAcknowledged, Optional<UUID> caseId, int limit) {

  public static final int MAX_LIMIT = 500;

  public AlertQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw Refusal.invalidField("limit", "must be between 1 and " + MAX_LIMIT)
          .withWords("refusal.field.oneTo", MAX_LIMIT);
    }
  }

  public static AlertQuery open() {
    return new AlertQuery(false, Optional.empty(), 100);
  }
}
