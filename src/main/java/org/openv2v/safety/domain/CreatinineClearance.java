package org.openv2v.safety.domain;

import java.util.List;

/**
 * Cockcroft–Gault creatinine clearance in mL/min: (140 − age) × weight / (72 × SCr mg/dL), × 0.85
 * for women (clinical-rules §6.3; the standard formula).
 */
public record CreatinineClearance(double mlPerMin, List<String> reasons) {

  public CreatinineClearance {
    reasons = List.copyOf(reasons);
  }

  public static CreatinineClearance cockcroftGault(
      Double ageYears, Double weightKg, Double serumCreatinineMgDl, BiologicalSex sex) {
    double age = Inputs.within("ageYears", ageYears, 18, 130, "years");
    double weight = Inputs.within("weightKg", weightKg, 1, 350, "kg");
    double creatinine = Inputs.within("serumCreatinineMgDl", serumCreatinineMgDl, 0.1, 20, "mg/dL");
    Inputs.required("sex", sex);
    double female = sex == BiologicalSex.FEMALE ? 0.85 : 1.0;
    double crcl = (140 - age) * weight / (72 * creatinine) * female;
    return new CreatinineClearance(
        crcl,
        List.of(
            "Cockcroft–Gault (140 − "
                + Inputs.plain(age)
                + ") × "
                + Inputs.plain(weight)
                + " kg / (72 × "
                + Inputs.plain(creatinine)
                + " mg/dL)"
                + (sex == BiologicalSex.FEMALE ? " × 0.85 (female)" : "")
                + " = "
                + Rounding.places(crcl, 1)
                + " mL/min"));
  }
}
