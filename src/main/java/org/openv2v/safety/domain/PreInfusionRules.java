package org.openv2v.safety.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The safety items that must all be met before a case may be recorded as infused: lymphodepletion
 * finished within the product's window (clinical-rules §6.1), tocilizumab reserved for the patient
 * (Kymriah HCP page and Yescarta PI: at least 2 doses available on site before infusion, §5), and
 * the physician's signed checklist (no active infection, adequate organ function, no new
 * contraindications: the labels' "delay infusion" conditions, §8).
 */
public final class PreInfusionRules {

  private PreInfusionRules() {}

  public static List<ChecklistItem> evaluate(PreInfusionFacts facts) {
    List<ChecklistItem> items = new ArrayList<>();
    items.add(lymphodepletion(facts));
    items.add(tocilizumab(facts));
    items.add(physician(facts));
    return items;
  }

  private static ChecklistItem lymphodepletion(PreInfusionFacts facts) {
    String item = ChecklistItem.LYMPHODEPLETION;
    if (facts.lymphodepletion().isEmpty()) {
      return new ChecklistItem(item, false, "lymphodepletion is not recorded");
    }
    PreInfusionFacts.Course course = facts.lymphodepletion().get();
    if (course.finishedOn().isEmpty()) {
      return new ChecklistItem(
          item,
          false,
          "lymphodepletion started on " + course.startedOn() + " is not recorded as finished");
    }
    if (facts.window().isEmpty()) {
      return new ChecklistItem(
          item,
          false,
          "no infusion window is known for "
              + course.productCode()
              + " in "
              + course.indication()
              + "; obtain the product information");
    }
    LymphodepletionRegimen.InfusionWindow window = facts.window().get();
    long days = ChronoUnit.DAYS.between(course.finishedOn().get(), facts.today());
    String when =
        "lymphodepletion finished on "
            + course.finishedOn().get()
            + ", "
            + days
            + " days before today; "
            + course.productCode()
            + " "
            + course.indication()
            + ": "
            + window.describe();
    if (days < window.minDays()) {
      return new ChecklistItem(item, false, when + " (too early)");
    }
    if (days > window.maxDays()) {
      return new ChecklistItem(item, false, when + " (window passed: repeat lymphodepletion)");
    }
    return new ChecklistItem(item, true, when);
  }

  private static ChecklistItem tocilizumab(PreInfusionFacts facts) {
    boolean met = facts.reservedDoses() >= facts.requiredDoses();
    return new ChecklistItem(
        ChecklistItem.TOCILIZUMAB,
        met,
        facts.reservedDoses()
            + " of "
            + facts.requiredDoses()
            + " tocilizumab doses required are in the site's stock and reserved for this patient");
  }

  private static ChecklistItem physician(PreInfusionFacts facts) {
    String item = ChecklistItem.PHYSICIAN;
    if (facts.signature().isEmpty()) {
      return new ChecklistItem(
          item, false, "the physician has not signed the pre-infusion checklist");
    }
    PreInfusionFacts.Signature signature = facts.signature().get();
    if (signature.signedAt().plus(facts.signatureValidFor()).isBefore(facts.now())) {
      return new ChecklistItem(
          item,
          false,
          "the physician's checklist signed at "
              + signature.signedAt()
              + " is older than "
              + facts.signatureValidFor().toHours()
              + " h: sign it again");
    }
    List<String> unmet = new ArrayList<>();
    if (!signature.noActiveInfection()) {
      unmet.add("active infection reported");
    }
    if (!signature.organFunctionAdequate()) {
      unmet.add("organ function not adequate");
    }
    if (!signature.noNewContraindications()) {
      unmet.add("new contraindication reported");
    }
    if (!unmet.isEmpty()) {
      return new ChecklistItem(
          item,
          false,
          "the physician's checklist ("
              + signature.signedBy()
              + ") reports: "
              + String.join(", ", unmet));
    }
    return new ChecklistItem(
        item,
        true,
        "signed by "
            + signature.signedBy()
            + " at "
            + signature.signedAt()
            + ": no active infection, organ function adequate, no new contraindications");
  }
}
