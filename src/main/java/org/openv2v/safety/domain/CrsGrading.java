package org.openv2v.safety.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * ASTCT consensus CRS grade (Lee DW et al., BBMT 2019;25:625-638; table as reproduced in PMC8021214
 * Table 1 and ASCO 2021 Table 1). Each parameter grades separately and the most severe wins
 * (R-CRS-3).
 */
public final class CrsGrading {

  public static final String SYSTEM = "ASTCT-2019";

  /** R-CRS-1: fever is T ≥ 38.0 °C. */
  static final double FEVER_C = 38.0;

  /** R-CRS-4: low-flow nasal cannula is ≤ 6 L/min, high-flow is above. */
  static final double LOW_FLOW_MAX_LPM = 6.0;

  private CrsGrading() {}

  public static Grade grade(CrsFindings in, RuleSettings settings) {
    validate(in);
    List<String> reasons = new ArrayList<>();
    if (in.deathDueToCrs()) {
      reasons.add("death due to CRS: grade 5");
      return new Grade(5, SYSTEM, reasons);
    }
    boolean febrile = in.temperatureC() >= FEVER_C;
    boolean fever = febrile && !in.feverOtherCause();
    // R-CRS-2: after CRS was diagnosed and antipyretic/anticytokine therapy given, fever is not
    // required; grading is driven by hypotension and hypoxia.
    boolean masked = in.crsPreviouslyDiagnosed() && in.antipyreticOrAnticytokineGiven();
    if (fever) {
      reasons.add("fever " + in.temperatureC() + " °C (≥ 38.0 °C, no other cause): grade 1");
    } else if (febrile) {
      reasons.add(
          "temperature " + in.temperatureC() + " °C is attributed to another cause: not CRS fever");
    } else {
      reasons.add("temperature " + in.temperatureC() + " °C is below 38.0 °C: no fever");
    }
    if (!fever && !masked) {
      reasons.add("no fever and no CRS under antipyretic or anticytokine therapy: no CRS by ASTCT");
      return new Grade(0, SYSTEM, reasons);
    }
    if (masked && !fever) {
      reasons.add(
          "CRS diagnosed and antipyretic or anticytokine therapy given: fever not required");
    }
    int hypotension = hypotensionGrade(in, reasons);
    int hypoxia = hypoxiaGrade(in, reasons);
    int grade = Math.max(fever ? 1 : 0, Math.max(hypotension, hypoxia));
    if (grade == 0) {
      grade = settings.maskedFeverNoFindingsGrade();
      reasons.add(
          "masked fever without hypotension or hypoxia: grade "
              + grade
              + " (sources silent; openv2v.safety.masked-fever-no-findings-grade)");
    } else if (hypotension > 0 || hypoxia > 0) {
      reasons.add("the most severe finding decides: grade " + grade);
    }
    return new Grade(grade, SYSTEM, reasons);
  }

  private static int hypotensionGrade(CrsFindings in, List<String> reasons) {
    return switch (in.hypotension()) {
      case NONE -> 0;
      case FLUIDS_ONLY -> {
        reasons.add("hypotension not requiring vasopressors: grade 2");
        yield 2;
      }
      case ONE_VASOPRESSOR -> {
        reasons.add(
            "hypotension requiring one vasopressor"
                + (in.vasopressinOnlyAdded() ? " with vasopressin" : "")
                + ": grade 3");
        yield 3;
      }
      case MULTIPLE_VASOPRESSORS -> {
        // R-CRS-5: multiple vasopressors excluding vasopressin is grade 4; one plus vasopressin is
        // 3.
        if (in.vasopressinOnlyAdded()) {
          reasons.add("one vasopressor plus vasopressin (vasopressin excluded): grade 3");
          yield 3;
        }
        reasons.add("hypotension requiring multiple vasopressors (excluding vasopressin): grade 4");
        yield 4;
      }
    };
  }

  private static int hypoxiaGrade(CrsFindings in, List<String> reasons) {
    OxygenSupport oxygen = in.oxygen();
    if (oxygen.isNasalCannula() && in.oxygenFlowLpm().isPresent()) {
      double flow = in.oxygenFlowLpm().get();
      if (flow <= LOW_FLOW_MAX_LPM) {
        reasons.add(
            "nasal cannula at " + Inputs.plain(flow) + " L/min (≤ 6 L/min is low-flow): grade 2");
        return 2;
      }
      reasons.add(
          "nasal cannula at " + Inputs.plain(flow) + " L/min (> 6 L/min is high-flow): grade 3");
      return 3;
    }
    return switch (oxygen) {
      case NONE -> 0;
      case LOW_FLOW_NASAL_CANNULA, BLOW_BY -> {
        reasons.add("hypoxia on low-flow nasal cannula or blow-by: grade 2");
        yield 2;
      }
      case HIGH_FLOW_NASAL_CANNULA, FACEMASK, NON_REBREATHER, VENTURI -> {
        reasons.add(
            "hypoxia on " + oxygen + " (high-flow, facemask, non-rebreather or Venturi): grade 3");
        yield 3;
      }
      case CPAP, BIPAP, MECHANICAL_VENTILATION -> {
        reasons.add("hypoxia needing positive pressure (" + oxygen + "): grade 4");
        yield 4;
      }
    };
  }

  private static void validate(CrsFindings in) {
    Inputs.within("temperatureC", in.temperatureC(), 25.0, 45.0, "°C");
    Inputs.required("hypotension", in.hypotension());
    Inputs.required("oxygen", in.oxygen());
    in.oxygenFlowLpm()
        .ifPresent(
            flow -> {
              Inputs.within("oxygenFlowLpm", flow, 0.0, 80.0, "L/min");
              if (in.oxygen() == OxygenSupport.NONE && flow > 0) {
                Inputs.contradiction(
                    "oxygenFlowLpm", "is " + Inputs.plain(flow) + " L/min but oxygen is NONE");
              }
            });
    if (in.vasopressinOnlyAdded()
        && (in.hypotension() == Hypotension.NONE || in.hypotension() == Hypotension.FLUIDS_ONLY)) {
      Inputs.contradiction(
          "vasopressinOnlyAdded",
          "is true but hypotension is " + in.hypotension() + " (no vasopressor)");
    }
  }
}
