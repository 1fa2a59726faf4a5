package org.openv2v.safety.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * ASTCT consensus ICANS grade for adults and children (Lee DW et al., BBMT 2019; tables reproduced
 * in PMC8403007 Table 4 and PMC7990806 Table 2; paediatric CAPD per ASCO 2021 footnote and NCIt
 * C188936). The grade is the most severe of five domains (R-ICANS-1).
 */
public final class IcansGrading {

  public static final String SYSTEM = "ASTCT-2019";

  /** ASCO 2021: CAPD is validated up to age 21 for patients with developmental delay. */
  static final double CAPD_VALIDATED_TO_AGE = 21;

  private IcansGrading() {}

  public static Grade grade(IcansFindings in, RuleSettings settings) {
    boolean capd = validate(in, settings);
    List<String> reasons = new ArrayList<>();
    if (in.deathDueToIcans()) {
      reasons.add("death due to ICANS: grade 5");
      return new Grade(5, SYSTEM, reasons);
    }
    int encephalopathy = capd ? capdGrade(in, reasons) : iceGrade(in, reasons);
    int consciousness = 0;
    if (in.consciousness() != Consciousness.NORMAL) {
      if (in.consciousnessOtherCause()) {
        reasons.add(
            "depressed consciousness ("
                + in.consciousness()
                + ") attributable to another cause: not counted");
      } else {
        consciousness = in.consciousness().grade;
        reasons.add("consciousness " + in.consciousness() + ": grade " + consciousness);
      }
    }
    if (in.seizure() != Seizure.NONE) {
      reasons.add("seizure " + in.seizure() + ": grade " + in.seizure().grade);
    }
    if (in.motor() != MotorFinding.NONE) {
      reasons.add("motor finding " + in.motor() + ": grade " + in.motor().grade);
    }
    if (in.cerebralEdema() != CerebralEdema.NONE) {
      reasons.add("cerebral oedema " + in.cerebralEdema() + ": grade " + in.cerebralEdema().grade);
    }
    int grade =
        max(
            encephalopathy,
            consciousness,
            in.seizure().grade,
            in.motor().grade,
            in.cerebralEdema().grade);
    reasons.add("the most severe domain decides: grade " + grade);
    return new Grade(grade, SYSTEM, reasons);
  }

  private static int iceGrade(IcansFindings in, List<String> reasons) {
    if (in.iceUnableToPerform()) {
      // R-ICANS-2: unable to perform ICE while unarousable is grade 4; awake but unable (global
      // aphasia) counts as ICE 0, grade 3.
      if (in.consciousness() == Consciousness.UNAROUSABLE && !in.consciousnessOtherCause()) {
        reasons.add("unarousable and unable to perform ICE: grade 4");
        return 4;
      }
      reasons.add("awake but unable to perform ICE: counted as ICE 0, grade 3");
      return 3;
    }
    int ice = in.iceScore().orElseThrow();
    int grade = ice == 10 ? 0 : ice >= 7 ? 1 : ice >= 3 ? 2 : 3;
    reasons.add("ICE " + ice + "/10: " + (grade == 0 ? "no encephalopathy" : "grade " + grade));
    return grade;
  }

  private static int capdGrade(IcansFindings in, List<String> reasons) {
    if (in.iceUnableToPerform()) {
      reasons.add("unable to perform CAPD: grade 4");
      return 4;
    }
    int capd = in.capdScore().orElseThrow();
    // CAPD ≥ 9 suggests delirium: grade 3 (ASCO 2021 footnote); 1–8 grade 1; 0 no finding.
    int grade = capd >= 9 ? 3 : capd >= 1 ? 1 : 0;
    reasons.add(
        "CAPD "
            + capd
            + "/32: "
            + (grade == 3
                ? "≥ 9 suggests delirium, grade 3"
                : grade == 1 ? "1–8, grade 1" : "no finding"));
    return grade;
  }

  /** Checks the input and answers whether CAPD is the instrument for this patient. */
  private static boolean validate(IcansFindings in, RuleSettings settings) {
    double age = Inputs.within("ageYears", in.ageYears(), 0, 130, "years");
    Inputs.required("consciousness", in.consciousness());
    Inputs.required("seizure", in.seizure());
    Inputs.required("motor", in.motor());
    Inputs.required("cerebralEdema", in.cerebralEdema());
    in.iceScore().ifPresent(score -> Inputs.within("iceScore", score, 0, 10));
    in.capdScore().ifPresent(score -> Inputs.within("capdScore", score, 0, 32));
    boolean child = settings.capdAgeRule().usesCapd(age);
    if (in.iceScore().isPresent() && in.capdScore().isPresent()) {
      Inputs.contradiction("capdScore", "give either an ICE score or a CAPD score, not both");
    }
    if (in.iceUnableToPerform() && (in.iceScore().isPresent() || in.capdScore().isPresent())) {
      Inputs.contradiction(
          "iceUnableToPerform", "is true but a score was given: give one or the other");
    }
    if (child && in.iceScore().isPresent()) {
      Inputs.contradiction(
          "iceScore",
          "a child aged "
              + Inputs.plain(age)
              + " is assessed with CAPD, not ICE ("
              + settings.capdAgeRule().describe()
              + ")");
    }
    if (!child && in.capdScore().isPresent()) {
      if (!in.developmentalDelay()) {
        Inputs.contradiction(
            "capdScore",
            "CAPD is for children ("
                + settings.capdAgeRule().describe()
                + "); at age "
                + Inputs.plain(age)
                + " use ICE unless developmentalDelay is set");
      }
      if (age > CAPD_VALIDATED_TO_AGE) {
        Inputs.contradiction(
            "capdScore",
            "CAPD is validated up to age 21 (ASCO 2021); at age " + Inputs.plain(age) + " use ICE");
      }
    }
    boolean assessed =
        in.iceUnableToPerform() || in.iceScore().isPresent() || in.capdScore().isPresent();
    if (!assessed && !in.deathDueToIcans()) {
      Inputs.contradiction(
          child || in.developmentalDelay() ? "capdScore" : "iceScore",
          "is required (or set iceUnableToPerform)");
    }
    return child || in.capdScore().isPresent();
  }

  private static int max(int... grades) {
    int max = 0;
    for (int grade : grades) {
      max = Math.max(max, grade);
    }
    return max;
  }
}
