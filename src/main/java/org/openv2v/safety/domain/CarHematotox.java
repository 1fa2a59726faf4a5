package org.openv2v.safety.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * CAR-HEMATOTOX score before lymphodepletion (Rejeski K et al., Blood 2021;138:2499-2513), item
 * cut-offs and boundary handling as in the public test-case file cited by clinical-rules §3.2: ANC
 * 1200 → 0, Hb 9.0 → 0, CRP 3.0 → 1, platelets 175 and 75 → 1, ferritin 650 and 2000 → 1. Total
 * 0–7; 0–1 is HT-low, 2 or more HT-high.
 */
public record CarHematotox(int score, String risk, List<String> reasons) {

  public static final String SYSTEM = "CAR-HEMATOTOX (Rejeski 2021)";

  public CarHematotox {
    reasons = List.copyOf(reasons);
  }

  public static CarHematotox score(
      Double plateletsPerNl,
      Double ancPerUl,
      Double hemoglobinGDl,
      Double crp,
      CrpUnit crpUnit,
      Double ferritinNgMl) {
    double platelets = Inputs.within("plateletsPerNl", plateletsPerNl, 0, 2000, "× 10⁹/L");
    double anc = Inputs.within("ancPerUl", ancPerUl, 0, 100_000, "cells/µL");
    double hb = Inputs.within("hemoglobinGDl", hemoglobinGDl, 1, 25, "g/dL");
    Inputs.required("crpUnit", crpUnit);
    double crpValue =
        Inputs.within(
            "crp",
            crp,
            0,
            crpUnit == CrpUnit.MG_L ? 1000 : 100,
            crpUnit == CrpUnit.MG_L ? "mg/L" : "mg/dL");
    double ferritin = Inputs.within("ferritinNgMl", ferritinNgMl, 0, 200_000, "ng/mL");
    double crpMgDl = crpUnit == CrpUnit.MG_L ? crpValue / 10 : crpValue;
    List<String> reasons = new ArrayList<>();
    int plt = platelets > 175 ? 0 : platelets >= 75 ? 1 : 2;
    reasons.add(
        "platelets "
            + Inputs.plain(platelets)
            + " × 10⁹/L: "
            + plt
            + " (> 175: 0, 75–175: 1, < 75: 2)");
    int neutrophils = anc >= 1200 ? 0 : 1;
    reasons.add("ANC " + Inputs.plain(anc) + "/µL: " + neutrophils + " (< 1200: 1)");
    int haemoglobin = hb >= 9.0 ? 0 : 1;
    reasons.add("haemoglobin " + Inputs.plain(hb) + " g/dL: " + haemoglobin + " (< 9.0: 1)");
    int inflammation = crpMgDl >= 3.0 ? 1 : 0;
    reasons.add(
        "CRP "
            + Inputs.plain(Rounding.places(crpMgDl, 3))
            + " mg/dL"
            + (crpUnit == CrpUnit.MG_L ? " (" + Inputs.plain(crpValue) + " mg/L ÷ 10)" : "")
            + ": "
            + inflammation
            + " (≥ 3.0 mg/dL: 1)");
    int iron = ferritin > 2000 ? 2 : ferritin >= 650 ? 1 : 0;
    reasons.add(
        "ferritin " + Inputs.plain(ferritin) + " ng/mL: " + iron + " (650–2000: 1, > 2000: 2)");
    int total = plt + neutrophils + haemoglobin + inflammation + iron;
    String risk = total >= 2 ? "HIGH" : "LOW";
    reasons.add("score " + total + "/7: HT-" + risk.toLowerCase() + " (0–1 low, ≥ 2 high)");
    return new CarHematotox(total, risk, reasons);
  }
}
