package org.openv2v.safety.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.openv2v.shared.Refusal;

/**
 * Fludarabine and cyclophosphamide doses per day and their days relative to infusion, for a
 * product's regimen, the patient's BSA and creatinine clearance. Fludarabine is adjusted by the
 * configured renal scheme (clinical-rules §6.4); where the scheme says not to give it, the plan is
 * refused with that reason.
 */
public record LymphodepletionPlan(
    String productCode,
    String indication,
    double bsaM2,
    double crclMlPerMin,
    String renalScheme,
    List<Dose> doses,
    List<Day> schedule,
    LymphodepletionRegimen.InfusionWindow infusionWindow,
    Optional<LocalDate> infusionDate,
    List<String> reasons,
    String source) {

  public LymphodepletionPlan {
    doses = List.copyOf(doses);
    schedule = List.copyOf(schedule);
    reasons = List.copyOf(reasons);
  }

  /** A drug's daily dose: as labelled, after renal adjustment, and in mg for this patient. */
  public record Dose(
      Drug drug,
      double labelMgPerM2,
      double adjustedMgPerM2,
      double mgPerDay,
      List<Integer> days) {}

  /** One day of the schedule, with its date when the infusion date is known. */
  public record Day(int day, Optional<LocalDate> date, List<Drug> drugs) {}

  public static LymphodepletionPlan plan(
      LymphodepletionRegimen regimen,
      String indication,
      BodySurfaceArea bsa,
      double crclMlPerMin,
      Optional<LocalDate> infusionDate,
      RuleSettings settings) {
    if (!(crclMlPerMin > 0) || crclMlPerMin > 300) {
      throw Refusal.invalidField("crclMlMin", "must be above 0 and at most 300 mL/min")
          .withWords("refusal.lymphodepletion.crcl");
    }
    List<String> reasons = new ArrayList<>(bsa.reasons());
    double bsaM2 = bsa.m2();
    if (settings.bsaCapM2().isPresent() && bsaM2 > settings.bsaCapM2().get()) {
      reasons.add(
          "BSA capped at "
              + settings.bsaCapM2().get()
              + " m² (openv2v.safety.bsa-cap-m2, institutional)");
      bsaM2 = settings.bsaCapM2().get();
    }
    double crcl = crclMlPerMin;
    if (settings.crclNormalisedToBsa()) {
      crcl = crclMlPerMin * 1.73 / bsa.m2();
      reasons.add(
          "CrCl normalised to 1.73 m²: "
              + Rounding.places(crcl, 1)
              + " mL/min/1.73 m² (openv2v.safety.crcl-normalised-to-bsa)");
    } else {
      reasons.add(
          "CrCl " + Rounding.places(crcl, 1) + " mL/min used as is, not normalised to 1.73 m²");
    }
    RenalScheme scheme = settings.renalScheme();
    List<Dose> doses = new ArrayList<>();
    for (LymphodepletionRegimen.Agent agent : regimen.agents()) {
      double perM2 = agent.mgPerM2();
      if (agent.drug() == Drug.FLUDARABINE) {
        Optional<Double> fraction = scheme.fraction(crcl);
        String band = "renal scheme " + scheme.label() + ": " + scheme.band(crcl);
        if (fraction.isEmpty()) {
          throw new Refusal(
                  Refusal.Kind.UNPROCESSABLE,
                  "Do not administer fludarabine: "
                      + band
                      + " (CrCl "
                      + Rounding.places(crcl, 1)
                      + "). Lymphodepletion for "
                      + regimen.productCode()
                      + " needs a decision outside the label.")
              .withWords(
                  "refusal.lymphodepletion.fludarabine",
                  band,
                  Rounding.places(crcl, 1),
                  regimen.productCode());
        }
        perM2 = perM2 * fraction.get();
        reasons.add(band);
      }
      double mg = perM2 * bsaM2;
      doses.add(
          new Dose(
              agent.drug(),
              agent.mgPerM2(),
              Rounding.places(perM2, 2),
              Rounding.places(mg, 1),
              agent.days()));
      reasons.add(
          agent.drug()
              + " "
              + Inputs.plain(Rounding.places(perM2, 2))
              + " mg/m² × "
              + Rounding.places(bsaM2, 4)
              + " m² = "
              + Rounding.places(mg, 1)
              + " mg a day on days "
              + agent.days());
    }
    TreeMap<Integer, List<Drug>> byDay = new TreeMap<>();
    for (LymphodepletionRegimen.Agent agent : regimen.agents()) {
      for (int day : agent.days()) {
        byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(agent.drug());
      }
    }
    List<Day> schedule = new ArrayList<>();
    byDay.forEach(
        (day, drugs) ->
            schedule.add(new Day(day, infusionDate.map(date -> date.plusDays(day)), drugs)));
    reasons.add(regimen.infusionWindow().describe() + "; day 0 is the infusion");
    return new LymphodepletionPlan(
        regimen.productCode(),
        indication,
        Rounding.places(bsaM2, 4),
        Rounding.places(crcl, 1),
        scheme.label(),
        doses,
        schedule,
        regimen.infusionWindow(),
        infusionDate,
        reasons,
        regimen.source());
  }
}
