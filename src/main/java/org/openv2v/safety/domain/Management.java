package org.openv2v.safety.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The management steps ASCO 2021 ties to each ASTCT grade (Santomasso BD et al., J Clin Oncol 2021,
 * via Guideline Central pages 4–7; clinical-rules §4.2–4.4). Decision support for the clinician to
 * confirm, not a prescription.
 */
public final class Management {

  public static final String SOURCE =
      "ASCO 2021 (Santomasso et al., J Clin Oncol 2021), clinical-rules §4; decision support to be"
          + " confirmed by the clinician";

  private static final String TOCILIZUMAB =
      "Tocilizumab 8 mg/kg IV over 1 h (12 mg/kg under 30 kg), at most 800 mg a dose; repeat"
          + " q8h as needed, at most 3 doses in 24 h and 4 in total";

  private Management() {}

  public static List<String> forCrs(int grade) {
    List<String> steps = new ArrayList<>();
    if (grade == 0) {
      return steps;
    }
    if (grade == 5) {
      steps.add("Death due to CRS: report it");
      return steps;
    }
    steps.add(
        "Labs: CBC, CMP, Mg, PO4, CRP, LDH, uric acid, fibrinogen, PT/PTT, ferritin; cultures and"
            + " chest X-ray if febrile; neutropenic fever pathway");
    if (grade >= 2) {
      steps.add("Continuous telemetry and pulse oximetry");
    }
    switch (grade) {
      case 1 -> {
        steps.add("Supportive care: antipyretics, IV hydration, symptomatic care");
        steps.add("Consider empiric antibiotics and G-CSF if neutropenic (GM-CSF not recommended)");
        steps.add("Fever over 3 days or refractory: manage as grade 2");
      }
      case 2 -> {
        steps.add(TOCILIZUMAB);
        steps.add("No improvement within 24 h: consider dexamethasone 10 mg IV q12–24h");
      }
      case 3 -> {
        steps.add("ICU; vasopressors as needed; echocardiogram");
        steps.add("Tocilizumab as for grade 2 if the maximum is not reached");
        steps.add("Dexamethasone 10 mg IV q6h; taper rapidly on improvement");
        steps.add("Refractory: manage as grade 4");
        steps.add("On steroids: strongly consider antifungal prophylaxis");
      }
      default -> {
        steps.add("As grade 3, with mechanical ventilation as needed");
        steps.add("Tocilizumab as for grade 2 if the maximum is not reached");
        steps.add(
            "Methylprednisolone 500 mg IV q12h × 3 days, then 250 mg q12h × 2 days, 125 mg q12h ×"
                + " 2 days, 60 mg q12h until CRS ≤ grade 1");
        steps.add(
            "Not improving: consider methylprednisolone 1000 mg IV twice daily or alternative"
                + " therapy");
        steps.add("On steroids: strongly consider antifungal prophylaxis");
      }
    }
    return steps;
  }

  public static List<String> forIcans(int grade, boolean concurrentCrs) {
    List<String> steps = new ArrayList<>();
    if (grade == 0) {
      return steps;
    }
    if (grade == 5) {
      steps.add("Death due to ICANS: report it");
      return steps;
    }
    steps.add(
        "ICE at least twice a day; neurology consult; consider seizure prophylaxis for high-risk"
            + " products or patients");
    if (grade >= 2) {
      steps.add("Neuroimaging; EEG");
    }
    if (grade >= 3) {
      steps.add("Lumbar puncture");
    }
    switch (grade) {
      case 1 ->
          steps.add(
              concurrentCrs
                  ? TOCILIZUMAB
                      + "; caution with repeated doses in ICANS; consider adding steroids"
                      + " past the first dose"
                  : "Supportive care, IV hydration, aspiration precautions");
      case 2 -> {
        if (concurrentCrs) {
          steps.add("Consider ICU if CRS is grade 2 or more; tocilizumab as for grade 1");
          steps.add(
              "Refractory past the first dose: dexamethasone 10 mg IV q6–12h or"
                  + " methylprednisolone 1 mg/kg IV q12h");
        } else {
          steps.add(
              "Supportive care; for high-risk products or patients consider dexamethasone 10 mg"
                  + " IV × 2 doses, repeat q6–12h if no improvement; taper at grade 1");
        }
      }
      case 3 -> {
        steps.add("ICU");
        if (concurrentCrs) {
          steps.add("Tocilizumab as for grade 1");
        }
        steps.add("Dexamethasone 10 mg IV q6–12h or methylprednisolone 1 mg/kg IV q12h");
      }
      default ->
          steps.add(
              "[R] not seen in the sources, confirm against ASCO 2021: ICU, consider mechanical"
                  + " ventilation for airway protection, high-dose methylprednisolone (e.g. 1000"
                  + " mg/day IV)");
    }
    return steps;
  }
}
