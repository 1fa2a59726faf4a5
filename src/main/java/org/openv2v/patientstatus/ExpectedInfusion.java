package org.openv2v.patientstatus;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A source of the window in which a case's infusion is expected (the forecast provides one). The
 * status page says "expected between … and …"; with no source, or no window, it says nothing.
 */
public interface ExpectedInfusion {

  /** The window, from the earlier to the later date, in the network's zone. */
  record Window(LocalDate from, LocalDate to) {}

  Optional<Window> expected(UUID caseId);
}
