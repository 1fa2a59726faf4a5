package org.openv2v.safety.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Immune effector cell-associated haematotoxicity, EHA/EBMT consensus (Rejeski K et al., Blood
 * 2023;142:865-877), with the thresholds and counting rules of the open-source grader by E.C. Liang
 * (GitHub emilyliangmd/automatedicahtgrading, index.Rmd), as copied in clinical-rules §3.1.
 */
public final class Icaht {

  public static final String SYSTEM = "EHA/EBMT ICAHT 2023";

  /** Early ICAHT looks at day 0 to day +30. */
  static final int EARLY_LAST_DAY = 30;

  /** Gaps of up to 7 missing days are interpolated linearly; longer gaps stay missing. */
  static final int MAX_INTERPOLATED_GAP = 7;

  /** Recovery is ANC above the threshold for at least 3 consecutive days (CIBMTR engraftment). */
  static final int RECOVERY_DAYS = 3;

  /** The grade 4 override: a run starting on day 0–3 and still ongoing at the last value. */
  static final int EARLY_ONSET_LAST_DAY = 3;

  private Icaht() {}

  /** The early grade and its two run lengths. */
  public record Early(int grade, int longestAtMost500, int longestAtMost100, List<String> reasons) {
    public Early {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * Early ICAHT from the lowest ANC of each day (cells/µL), index = day after infusion; a null is a
   * day without a count.
   */
  public static Early early(List<Double> ancByDay) {
    Inputs.required("ancByDay", ancByDay);
    if (ancByDay.stream().allMatch(value -> value == null)) {
      Inputs.contradiction("ancByDay", "needs at least one count");
    }
    for (int day = 0; day < ancByDay.size(); day++) {
      Double value = ancByDay.get(day);
      if (value != null && (!Double.isFinite(value) || value < 0 || value > 100_000)) {
        Inputs.contradiction(
            "ancByDay[" + day + "]", "must be between 0 and 100000 cells/µL, was " + value);
      }
    }
    int days = Math.min(ancByDay.size(), EARLY_LAST_DAY + 1);
    Double[] anc = interpolate(ancByDay.subList(0, days));
    List<String> reasons = new ArrayList<>();
    List<Run> runs500 = runs(anc, 500);
    Run run500 = longest(runs500);
    Run run100 = longest(runs(anc, 100));
    int d500 = run500.length();
    int d100 = run100.length();
    reasons.add(
        "longest period with ANC ≤ 500/µL: "
            + d500
            + " days (runs joined across < 3-day recoveries)");
    reasons.add("longest period with ANC ≤ 100/µL: " + d100 + " days");
    int lastValued = lastValued(anc);
    Optional<Run> ongoing = runs500.stream().filter(run -> run.end() == lastValued).findFirst();
    boolean override = ongoing.isPresent() && ongoing.get().start() <= EARLY_ONSET_LAST_DAY;
    int grade;
    if (d100 >= 14) {
      grade = 4;
      reasons.add("ANC ≤ 100 for 14 days or more: grade 4");
    } else if (d500 >= 31) {
      grade = 4;
      reasons.add("ANC never above 500 in day 0–30: grade 4");
    } else if (override) {
      grade = 4;
      reasons.add(
          "ANC ≤ 500 from day "
              + ongoing.get().start()
              + " and still ≤ 500 at the last count (day "
              + lastValued
              + "): grade 4");
    } else if (d100 >= 7) {
      grade = 3;
      reasons.add("ANC ≤ 100 for 7–13 days: grade 3");
    } else if (d500 >= 14) {
      grade = 3;
      reasons.add("ANC ≤ 500 for 14–30 days: grade 3");
    } else if (d500 >= 7) {
      grade = 2;
      reasons.add("ANC ≤ 500 for 7–13 days: grade 2");
    } else if (d500 >= 1) {
      grade = 1;
      reasons.add("ANC ≤ 500 for 1–6 days: grade 1");
    } else {
      grade = 0;
      reasons.add("ANC never ≤ 500: grade 0");
    }
    return new Early(grade, d500, d100, reasons);
  }

  /** The late grade from the ANC values after day +30 (day +31 to +100). */
  public record Late(
      int grade, Optional<Double> lowest, Optional<Double> secondLowest, List<String> reasons) {
    public Late {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * Late ICAHT: the two lowest values after day +30; graded by the lowest when the second lowest is
   * also ≤ 1500 or there is only one value (Liang grader).
   */
  public static Late late(List<Double> anc) {
    Inputs.required("lateAnc", anc);
    if (anc.isEmpty()) {
      Inputs.contradiction("lateAnc", "needs at least one count");
    }
    for (int i = 0; i < anc.size(); i++) {
      Double value = anc.get(i);
      if (value == null || !Double.isFinite(value) || value < 0 || value > 100_000) {
        Inputs.contradiction(
            "lateAnc[" + i + "]", "must be between 0 and 100000 cells/µL, was " + value);
      }
    }
    double[] sorted = anc.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double lowest = sorted[0];
    Optional<Double> second = sorted.length > 1 ? Optional.of(sorted[1]) : Optional.empty();
    List<String> reasons = new ArrayList<>();
    if (second.isPresent() && second.get() > 1500) {
      reasons.add(
          "second lowest ANC "
              + Inputs.plain(second.get())
              + " is above 1500: the nadir "
              + Inputs.plain(lowest)
              + " is transient, grade 0");
      return new Late(0, Optional.of(lowest), second, reasons);
    }
    int grade = lowest <= 100 ? 4 : lowest <= 500 ? 3 : lowest <= 1000 ? 2 : lowest <= 1500 ? 1 : 0;
    reasons.add(
        "nadir ANC "
            + Inputs.plain(lowest)
            + (second.isPresent()
                ? " confirmed by " + Inputs.plain(second.get())
                : " (single value)")
            + ": grade "
            + grade
            + " (≤ 1500: 1, ≤ 1000: 2, ≤ 500: 3, ≤ 100: 4)");
    return new Late(grade, Optional.of(lowest), second, reasons);
  }

  private record Run(int start, int end) {
    int length() {
      return start < 0 ? 0 : end - start + 1;
    }
  }

  /**
   * The longest run of days at or below the threshold, two runs joined when the recovery between
   * them is shorter than 3 consecutive days (the gap days count in the joined run).
   */
  private static List<Run> runs(Double[] anc, double threshold) {
    List<Run> runs = new ArrayList<>();
    int start = -1;
    for (int day = 0; day < anc.length; day++) {
      // "≤ 500" is ANC < 501 in the Liang grader (and "≤ 100" is < 101).
      boolean below = anc[day] != null && anc[day] < threshold + 1;
      if (below && start < 0) {
        start = day;
      } else if (!below && start >= 0) {
        runs.add(new Run(start, day - 1));
        start = -1;
      }
    }
    if (start >= 0) {
      runs.add(new Run(start, anc.length - 1));
    }
    List<Run> joined = new ArrayList<>();
    for (Run run : runs) {
      if (!joined.isEmpty()) {
        Run previous = joined.get(joined.size() - 1);
        if (shortRecovery(anc, previous.end() + 1, run.start() - 1)) {
          joined.set(joined.size() - 1, new Run(previous.start(), run.end()));
          continue;
        }
      }
      joined.add(run);
    }
    return joined;
  }

  private static Run longest(List<Run> joined) {
    return joined.stream()
        .max((a, b) -> Integer.compare(a.length(), b.length()))
        .orElse(new Run(-1, -1));
  }

  /** A gap of counted days above the threshold lasting fewer than 3 days; missing days break it. */
  private static boolean shortRecovery(Double[] anc, int from, int to) {
    int length = to - from + 1;
    if (length >= RECOVERY_DAYS) {
      return false;
    }
    for (int day = from; day <= to; day++) {
      if (anc[day] == null) {
        return false;
      }
    }
    return true;
  }

  private static int lastValued(Double[] anc) {
    for (int day = anc.length - 1; day >= 0; day--) {
      if (anc[day] != null) {
        return day;
      }
    }
    return -1;
  }

  /** Linear interpolation across gaps of up to 7 missing days between two counts. */
  static Double[] interpolate(List<Double> values) {
    Double[] anc = values.toArray(new Double[0]);
    Double[] out = Arrays.copyOf(anc, anc.length);
    int previous = -1;
    for (int day = 0; day < anc.length; day++) {
      if (anc[day] == null) {
        continue;
      }
      if (previous >= 0 && day - previous - 1 > 0 && day - previous - 1 <= MAX_INTERPOLATED_GAP) {
        for (int gap = previous + 1; gap < day; gap++) {
          double fraction = (double) (gap - previous) / (day - previous);
          out[gap] = anc[previous] + (anc[day] - anc[previous]) * fraction;
        }
      }
      previous = day;
    }
    return out;
  }
}
