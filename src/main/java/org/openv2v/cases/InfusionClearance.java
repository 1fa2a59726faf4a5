package org.openv2v.cases;

import java.util.Optional;
import java.util.UUID;

/**
 * A check that must pass before a case may be recorded as infused. Other modules provide them
 * (bedside verification does); no role can override a refusal.
 */
public interface InfusionClearance {

  /** Empty when the case may be infused now; otherwise the reason it may not. */
  Optional<String> refusal(UUID caseId);
}
