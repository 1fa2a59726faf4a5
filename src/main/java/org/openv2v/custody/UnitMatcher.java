package org.openv2v.custody;

import java.util.Optional;
import org.openv2v.cases.CaseView;

/**
 * Which DIN a case's units carry, and which DIN a scanned unit carries ({@link DinUnitMatcher}
 * reads them with the identity module).
 */
interface UnitMatcher {

  /** The 13-character DIN of the case's units, if the case has one. */
  Optional<String> caseDin(CaseView view);

  /** Reads a scanned unit text, already normalised (upper case, no spaces). */
  ScannedUnit read(String normalised);

  /** A scan read: its 13-character DIN, or why it does not hold one. */
  record ScannedUnit(Optional<String> din, String problem) {

    static ScannedUnit of(String din) {
      return new ScannedUnit(Optional.of(din), "");
    }

    static ScannedUnit unreadable(String problem) {
      return new ScannedUnit(Optional.empty(), problem);
    }
  }
}
