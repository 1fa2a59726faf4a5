package org.openv2v.safety.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The management steps ASCO 2021 ties to each ASTCT grade (Santomasso BD et al., J Clin Oncol 2021,
 * via Guideline Central pages 4–7; clinical-rules §4.2–4.4). Decision support for the clinician to
 * confirm, not a prescription. Each step keeps the guideline's English wording (stored with the
 * assessment and given by the API); its code names the step's translation for the pages.
 */
public final class Management {

  public static final String SOURCE =
      "ASCO 2021 (Santomasso et al., J Clin Oncol 2021), clinical-rules §4; decision support to be"
          + " confirmed by the clinician";

  private static final String TOCILIZUMAB_TEXT =
      "Tocilizumab 8 mg/kg IV over 1 h (12 mg/kg under 30 kg), at most 800 mg a dose; repeat"
          + " q8h as needed, at most 3 doses in 24 h and 4 in total";

  /** One step in the guideline's words; {@code safety.management.<name>} is its translation. */
  public enum Step {
    CRS_DEATH("Death due to CRS: report it"),
    CRS_LABS(
        "Labs: CBC, CMP, Mg, PO4, CRP, LDH, uric acid, fibrinogen, PT/PTT, ferritin; cultures and"
            + " chest X-ray if febrile; neutropenic fever pathway"),
    TELEMETRY("Continuous telemetry and pulse oximetry"),
    CRS1_SUPPORTIVE("Supportive care: antipyretics, IV hydration, symptomatic care"),
    CRS1_ANTIBIOTICS(
        "Consider empiric antibiotics and G-CSF if neutropenic (GM-CSF not recommended)"),
    CRS1_PERSISTENT("Fever over 3 days or refractory: manage as grade 2"),
    TOCILIZUMAB(TOCILIZUMAB_TEXT),
    CRS2_DEXAMETHASONE("No improvement within 24 h: consider dexamethasone 10 mg IV q12–24h"),
    CRS3_ICU("ICU; vasopressors as needed; echocardiogram"),
    CRS_TOCILIZUMAB_AGAIN("Tocilizumab as for grade 2 if the maximum is not reached"),
    CRS3_DEXAMETHASONE("Dexamethasone 10 mg IV q6h; taper rapidly on improvement"),
    CRS3_REFRACTORY("Refractory: manage as grade 4"),
    ANTIFUNGAL("On steroids: strongly consider antifungal prophylaxis"),
    CRS4_VENTILATION("As grade 3, with mechanical ventilation as needed"),
    CRS4_METHYLPREDNISOLONE(
        "Methylprednisolone 500 mg IV q12h × 3 days, then 250 mg q12h × 2 days, 125 mg q12h ×"
            + " 2 days, 60 mg q12h until CRS ≤ grade 1"),
    CRS4_NOT_IMPROVING(
        "Not improving: consider methylprednisolone 1000 mg IV twice daily or alternative"
            + " therapy"),
    ICANS_DEATH("Death due to ICANS: report it"),
    ICANS_ICE(
        "ICE at least twice a day; neurology consult; consider seizure prophylaxis for high-risk"
            + " products or patients"),
    NEUROIMAGING("Neuroimaging; EEG"),
    LUMBAR_PUNCTURE("Lumbar puncture"),
    ICANS1_TOCILIZUMAB(
        TOCILIZUMAB_TEXT
            + "; caution with repeated doses in ICANS; consider adding steroids"
            + " past the first dose"),
    ICANS1_SUPPORTIVE("Supportive care, IV hydration, aspiration precautions"),
    ICANS2_ICU("Consider ICU if CRS is grade 2 or more; tocilizumab as for grade 1"),
    ICANS2_REFRACTORY(
        "Refractory past the first dose: dexamethasone 10 mg IV q6–12h or"
            + " methylprednisolone 1 mg/kg IV q12h"),
    ICANS2_DEXAMETHASONE(
        "Supportive care; for high-risk products or patients consider dexamethasone 10 mg"
            + " IV × 2 doses, repeat q6–12h if no improvement; taper at grade 1"),
    ICU("ICU"),
    ICANS_TOCILIZUMAB_AGAIN("Tocilizumab as for grade 1"),
    ICANS3_STEROIDS("Dexamethasone 10 mg IV q6–12h or methylprednisolone 1 mg/kg IV q12h"),
    ICANS4_UNSEEN(
        "[R] not seen in the sources, confirm against ASCO 2021: ICU, consider mechanical"
            + " ventilation for airway protection, high-dose methylprednisolone (e.g. 1000"
            + " mg/day IV)");

    private final String english;

    Step(String english) {
      this.english = english;
    }

    public String english() {
      return english;
    }

    /** The step a stored English wording is, if it is one of today's steps. */
    public static Optional<Step> of(String english) {
      return Arrays.stream(values()).filter(step -> step.english.equals(english)).findFirst();
    }
  }

  private Management() {}

  public static List<String> forCrs(int grade) {
    List<Step> steps = new ArrayList<>();
    if (grade == 0) {
      return List.of();
    }
    if (grade == 5) {
      return words(List.of(Step.CRS_DEATH));
    }
    steps.add(Step.CRS_LABS);
    if (grade >= 2) {
      steps.add(Step.TELEMETRY);
    }
    switch (grade) {
      case 1 -> {
        steps.add(Step.CRS1_SUPPORTIVE);
        steps.add(Step.CRS1_ANTIBIOTICS);
        steps.add(Step.CRS1_PERSISTENT);
      }
      case 2 -> {
        steps.add(Step.TOCILIZUMAB);
        steps.add(Step.CRS2_DEXAMETHASONE);
      }
      case 3 -> {
        steps.add(Step.CRS3_ICU);
        steps.add(Step.CRS_TOCILIZUMAB_AGAIN);
        steps.add(Step.CRS3_DEXAMETHASONE);
        steps.add(Step.CRS3_REFRACTORY);
        steps.add(Step.ANTIFUNGAL);
      }
      default -> {
        steps.add(Step.CRS4_VENTILATION);
        steps.add(Step.CRS_TOCILIZUMAB_AGAIN);
        steps.add(Step.CRS4_METHYLPREDNISOLONE);
        steps.add(Step.CRS4_NOT_IMPROVING);
        steps.add(Step.ANTIFUNGAL);
      }
    }
    return words(steps);
  }

  public static List<String> forIcans(int grade, boolean concurrentCrs) {
    List<Step> steps = new ArrayList<>();
    if (grade == 0) {
      return List.of();
    }
    if (grade == 5) {
      return words(List.of(Step.ICANS_DEATH));
    }
    steps.add(Step.ICANS_ICE);
    if (grade >= 2) {
      steps.add(Step.NEUROIMAGING);
    }
    if (grade >= 3) {
      steps.add(Step.LUMBAR_PUNCTURE);
    }
    switch (grade) {
      case 1 -> steps.add(concurrentCrs ? Step.ICANS1_TOCILIZUMAB : Step.ICANS1_SUPPORTIVE);
      case 2 -> {
        if (concurrentCrs) {
          steps.add(Step.ICANS2_ICU);
          steps.add(Step.ICANS2_REFRACTORY);
        } else {
          steps.add(Step.ICANS2_DEXAMETHASONE);
        }
      }
      case 3 -> {
        steps.add(Step.ICU);
        if (concurrentCrs) {
          steps.add(Step.ICANS_TOCILIZUMAB_AGAIN);
        }
        steps.add(Step.ICANS3_STEROIDS);
      }
      default -> steps.add(Step.ICANS4_UNSEEN);
    }
    return words(steps);
  }

  private static List<String> words(List<Step> steps) {
    return steps.stream().map(Step::english).toList();
  }
}
