package org.openv2v.custody.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every scanned unit must carry this case's DIN: a unit of another case, an unreadable scan, or a
 * case with no DIN yet to check against is a problem, and every problem is named, not only the
 * first, so the person scanning sees them all.
 */
public final class UnitCheck {

  private UnitCheck() {}

  /**
   * A scanned unit as read.
   *
   * @param unit the normalised scan
   * @param din the 13-character DIN it carries, if it could be read
   * @param problem why it could not be read (empty when it could)
   */
  public record ReadUnit(String unit, Optional<String> din, String problem) {}

  /** Why one unit is refused. */
  public enum Kind {
    UNREADABLE,
    NO_CASE_DIN,
    OTHER_CASE
  }

  /** One unit's problem, with the sentence the refusal record keeps. */
  public record UnitProblem(String unit, Kind kind, String sentence) {}

  public static List<UnitProblem> check(
      String caseReference, Optional<String> caseDin, List<ReadUnit> scanned) {
    List<UnitProblem> problems = new ArrayList<>();
    for (ReadUnit read : scanned) {
      String unit = read.unit();
      if (read.din().isEmpty()) {
        problems.add(
            new UnitProblem(unit, Kind.UNREADABLE, "Unit " + unit + " " + read.problem() + "."));
      } else if (caseDin.isEmpty()) {
        problems.add(
            new UnitProblem(
                unit,
                Kind.NO_CASE_DIN,
                "Case " + caseReference + " has no DIN yet to check unit " + unit + "."));
      } else if (!read.din().get().equals(caseDin.get())) {
        problems.add(
            new UnitProblem(
                unit,
                Kind.OTHER_CASE,
                "Unit "
                    + unit
                    + " carries DIN "
                    + read.din().get()
                    + ", not this case's DIN "
                    + caseDin.get()
                    + "."));
      }
    }
    return List.copyOf(problems);
  }

  /** The problems as one reason, as stored with the refusal and shown to the signer. */
  public static String reason(List<UnitProblem> problems) {
    return String.join(" ", problems.stream().map(UnitProblem::sentence).toList());
  }
}
