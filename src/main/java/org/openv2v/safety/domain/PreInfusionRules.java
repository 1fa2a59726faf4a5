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
      return new ChecklistItem(item, false, "lymphodepletion is not recorded")
          .worded("lymphodepletion.missing");
    }
    PreInfusionFacts.Course course = facts.lymphodepletion().get();
    if (course.finishedOn().isEmpty()) {
      return new ChecklistItem(
              item,
              false,
              "lymphodepletion started on " + course.startedOn() + " is not recorded as finished")
          .worded("lymphodepletion.unfinished", course.startedOn());
    }
    if (facts.window().isEmpty()) {
      return new ChecklistItem(
              item,
              false,
              "no infusion window is known for "
                  + course.productCode()
                  + " in "
                  + course.indication()
                  + "; obtain the product information")
          .worded("lymphodepletion.noWindow", course.productCode(), course.indication());
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
      return new ChecklistItem(item, false, when + " (too early)")
          .worded("lymphodepletion.tooEarly", finishedWords(course, days, window));
    }
    if (days > window.maxDays()) {
      return new ChecklistItem(item, false, when + " (window passed: repeat lymphodepletion)")
          .worded("lymphodepletion.windowPassed", finishedWords(course, days, window));
    }
    return new ChecklistItem(item, true, when)
        .worded("lymphodepletion.inWindow", finishedWords(course, days, window));
  }

  private static ChecklistItem tocilizumab(PreInfusionFacts facts) {
    boolean met = facts.reservedDoses() >= facts.requiredDoses();
    return new ChecklistItem(
            ChecklistItem.TOCILIZUMAB,
            met,
            facts.reservedDoses()
                + " of "
                + facts.requiredDoses()
                + " tocilizumab doses required are in the site's stock and reserved for this patient")
        .worded("tocilizumab", facts.reservedDoses(), facts.requiredDoses());
  }

  private static ChecklistItem physician(PreInfusionFacts facts) {
    String item = ChecklistItem.PHYSICIAN;
    if (facts.signature().isEmpty()) {
      return new ChecklistItem(
              item, false, "the physician has not signed the pre-infusion checklist")
          .worded("physician.unsigned");
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
                  + " h: sign it again")
          .worded("physician.expired", signature.signedAt(), facts.signatureValidFor().toHours());
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
                  + String.join(", ", unmet))
          .worded(
              "physician.reports",
              signature.signedBy(),
              !signature.noActiveInfection() ? 1 : 0,
              !signature.organFunctionAdequate() ? 1 : 0,
              !signature.noNewContraindications() ? 1 : 0);
    }
    return new ChecklistItem(
            item,
            true,
            "signed by "
                + signature.signedBy()
                + " at "
                + signature.signedAt()
                + ": no active infection, organ function adequate, no new contraindications")
        .worded("physician.signed", signature.signedBy(), signature.signedAt());
  }

  /**
   * 0 finished on, 1 days since, 2 product, 3 indication, 4 first day, 5 last day of the window.
   */
  private static Object[] finishedWords(
      PreInfusionFacts.Course course, long days, LymphodepletionRegimen.InfusionWindow window) {
    return new Object[] {
      course.finishedOn().get(),
      days,
      course.productCode(),
      course.indication(),
      window.minDays(),
      window.maxDays()
    };
  }
}
