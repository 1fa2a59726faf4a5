package org.openv2v.safety.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Tocilizumab for CRS (Kymriah US PI 2018 Table 1 [P]; ASCO 2021 [S]): under 30 kg 12 mg/kg, from
 * 30 kg 8 mg/kg, at most 800 mg a dose; repeat no sooner than 8 h; at most 3 doses in any 24 h and
 * 4 in total. The label steps down at 30 kg (20 kg ⇒ 240 mg, 30 kg ⇒ 240 mg): kept as written.
 */
public record TocilizumabDose(double doseMg, List<String> reasons) {

  static final double CHILD_BELOW_KG = 30;
  static final double MAX_MG = 800;
  static final Duration MIN_INTERVAL = Duration.ofHours(8);
  static final int MAX_IN_24_HOURS = 3;
  static final int MAX_TOTAL = 4;

  public TocilizumabDose {
    reasons = List.copyOf(reasons);
  }

  public static TocilizumabDose forWeight(Double weightKg) {
    double weight = Inputs.within("weightKg", weightKg, 1, 350, "kg");
    List<String> reasons = new ArrayList<>();
    double perKg = weight < CHILD_BELOW_KG ? 12 : 8;
    double dose = weight * perKg;
    reasons.add(
        (weight < CHILD_BELOW_KG ? "under 30 kg: 12 mg/kg" : "30 kg or more: 8 mg/kg")
            + " × "
            + Inputs.plain(weight)
            + " kg = "
            + Rounding.places(dose, 1)
            + " mg");
    if (dose > MAX_MG) {
      reasons.add("capped at the maximum of 800 mg a dose");
      dose = MAX_MG;
    }
    reasons.add(
        "IV over 1 hour; repeat no sooner than 8 h, at most 3 doses in 24 h and 4 in total");
    return new TocilizumabDose(Rounding.places(dose, 1), reasons);
  }

  /**
   * Whether a dose may be given at {@code at} after the doses already given; the refusal names the
   * rule broken.
   */
  public static List<String> scheduleProblems(List<Instant> given, Instant at) {
    List<String> problems = new ArrayList<>();
    if (given.size() >= MAX_TOTAL) {
      problems.add(
          "already " + given.size() + " doses given: at most 4 tocilizumab doses in total");
    }
    for (Instant earlier : given) {
      if (earlier.isAfter(at)) {
        problems.add("a previous dose at " + earlier + " is after the planned dose");
      } else if (Duration.between(earlier, at).compareTo(MIN_INTERVAL) < 0) {
        problems.add(
            "the dose at " + earlier + " was less than 8 h before: repeat no sooner than 8 h");
      }
    }
    long inDay =
        given.stream()
            .filter(earlier -> !earlier.isAfter(at))
            .filter(earlier -> Duration.between(earlier, at).compareTo(Duration.ofHours(24)) < 0)
            .count();
    if (inDay >= MAX_IN_24_HOURS) {
      problems.add(inDay + " doses in the 24 h before: at most 3 doses in any 24 h");
    }
    return problems;
  }
}
